import { Injectable } from '@nestjs/common';
import type { StuckCensus } from '@tdkt/contracts';
import { FindStuckWorkflowsUseCase } from '../scan/find-stuck-workflows.usecase';
import { OperationsSettings } from '../settings/operations-settings';

/** Counts stuck workflows per reason across the namespace, with the alert thresholds now in force. */
@Injectable()
export class TakeStuckCensusUseCase {
  constructor(
    private readonly stuck: FindStuckWorkflowsUseCase,
    private readonly settings: OperationsSettings,
  ) {}

  async execute(now = new Date()): Promise<StuckCensus> {
    const report = await this.stuck.execute({}, { all: true, unitIds: [] }, now);
    return {
      counts: report.counts,
      thresholds: this.settings.alertThresholds,
      intervalSeconds: this.settings.monitorIntervalSeconds,
    };
  }
}
