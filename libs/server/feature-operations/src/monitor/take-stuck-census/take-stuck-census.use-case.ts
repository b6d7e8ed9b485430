import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StuckCensus } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';
import { FindStuckWorkflowsUseCase } from '../../scan/find-stuck-workflows/find-stuck-workflows.use-case';
import { OperationsSettings } from '../../settings/operations-settings';

/**
 * Counts stuck workflows per reason across the namespace, with the alert thresholds now in force,
 * and keeps the counts under the round's key (a retried activity keeps them once).
 */
@Injectable()
export class TakeStuckCensusUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stuck: FindStuckWorkflowsUseCase,
    private readonly settings: OperationsSettings,
  ) {}

  async execute(censusKey: string, now = new Date()): Promise<StuckCensus> {
    const report = await this.stuck.execute({}, { all: true, unitIds: [] }, now);
    await this.dataSource.query(
      `INSERT INTO stuck_census (census_key, taken_at, counts, scanned) VALUES ($1, $2, $3, $4)
       ON CONFLICT (census_key) DO NOTHING`,
      [censusKey, now, JSON.stringify(report.counts), report.scanned],
    );
    return {
      counts: report.counts,
      thresholds: this.settings.alertThresholds,
      intervalSeconds: this.settings.monitorIntervalSeconds,
    };
  }
}
