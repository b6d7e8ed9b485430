import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { STUCK_REASONS, type StuckCounts } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';
import { FindStuckWorkflowsUseCase } from '../scan/find-stuck-workflows/find-stuck-workflows.use-case';

/** A stuck scan describes every running workflow: scrapes closer together than this share one. */
const STUCK_SCAN_REUSE_MS = 30_000;

/**
 * The business gauges Prometheus scrapes from the API, computed when scraped: dossiers per stage,
 * open and overdue tasks per type, and stuck workflows per reason; plus the process's own metrics.
 */
@Injectable()
export class OperationsMetrics {
  readonly registry = new Registry();
  private lastScan: { at: number; counts: Promise<StuckCounts> } | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stuck: FindStuckWorkflowsUseCase,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'tdkt_api_' });
    const database = this.dataSource;
    const stuckCounts = () => this.stuckCounts();
    new Gauge({
      name: 'tdkt_dossiers',
      help: 'Submitted dossiers per stage (read model)',
      labelNames: ['stage'],
      registers: [this.registry],
      async collect() {
        this.reset();
        const rows = await database.query<{ stage: string; n: number }[]>(
          `SELECT stage, count(*)::int AS n FROM dossiers WHERE stage <> 'DRAFT' GROUP BY stage`,
        );
        for (const row of rows) this.set({ stage: row.stage }, row.n);
      },
    });
    const overdue = new Gauge({
      name: 'tdkt_tasks_overdue',
      help: 'Open inbox tasks past their due time, per task type',
      labelNames: ['type'],
      registers: [this.registry],
    });
    new Gauge({
      name: 'tdkt_tasks_open',
      help: 'Open inbox tasks per task type',
      labelNames: ['type'],
      registers: [this.registry],
      async collect() {
        this.reset();
        overdue.reset();
        const rows = await database.query<{ type: string; open: number; late: number }[]>(
          `SELECT type, count(*)::int AS open, count(*) FILTER (WHERE due_at < now())::int AS late
             FROM tasks WHERE status IN ('OPEN', 'CLAIMED') GROUP BY type`,
        );
        for (const row of rows) {
          this.set({ type: row.type }, row.open);
          overdue.set({ type: row.type }, row.late);
        }
      },
    });
    new Gauge({
      name: 'tdkt_stuck_workflows',
      help: 'Running workflows stuck, per reason (a workflow stuck for two reasons counts twice)',
      labelNames: ['reason'],
      registers: [this.registry],
      async collect() {
        const counts = await stuckCounts();
        for (const reason of STUCK_REASONS) this.set({ reason }, counts[reason]);
      },
    });
  }

  private stuckCounts(): Promise<StuckCounts> {
    const now = Date.now();
    if (this.lastScan === null || now - this.lastScan.at > STUCK_SCAN_REUSE_MS) {
      const counts = this.stuck
        .execute({}, { all: true, unitIds: [] })
        .then((report) => report.counts);
      // A failed scan is not kept: the next scrape tries again.
      counts.catch(() => (this.lastScan = null));
      this.lastScan = { at: now, counts };
    }
    return this.lastScan.counts;
  }
}
