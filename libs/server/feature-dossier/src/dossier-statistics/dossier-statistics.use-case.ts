import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Submitted dossiers of one stage and award. */
export interface StageAwardCount {
  stage: string;
  awardCode: string;
  count: number;
}

/** How one step of the path keeps its legal deadlines: its tasks done in time, late, and still open. */
export interface StepTimeliness {
  taskType: string;
  completed: number;
  completedOnTime: number;
  open: number;
  openOverdue: number;
}

/** A reviewer's load: the review tasks they hold now, how many are late, and what they finished lately. */
export interface ReviewerWorkload {
  userId: string;
  fullName: string;
  open: number;
  overdue: number;
  completedLast30Days: number;
}

export interface DossierStatistics {
  year: number | null;
  byStageAndAward: StageAwardCount[];
  steps: StepTimeliness[];
  reviewers: ReviewerWorkload[];
}

/**
 * The counts behind the charts, aggregated in PostgreSQL over the reader's scope (a province has
 * tens of thousands of dossiers: the browser gets the sums, never the rows). A task is on time when
 * it closed by its due time, which the workflows compute from the legal deadlines in working days.
 */
@Injectable()
export class DossierStatisticsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(scope: string[] | 'all', year: number | null): Promise<DossierStatistics> {
    const inScope = scope === 'all' ? 'TRUE' : 'd.proposing_unit_id = ANY($2::uuid[])';
    const params: unknown[] = scope === 'all' ? [year] : [year, scope];
    const ofYear = '($1::int IS NULL OR d.year = $1::int)';
    const [byStageAndAward, steps, reviewers] = await Promise.all([
      this.dataSource.query<StageAwardCount[]>(
        `SELECT d.stage, d.award_code AS "awardCode", count(*)::int AS count
           FROM dossiers d
          WHERE d.stage <> 'DRAFT' AND ${ofYear} AND ${inScope}
          GROUP BY d.stage, d.award_code ORDER BY d.stage, d.award_code`,
        params,
      ),
      this.dataSource.query<StepTimeliness[]>(
        `SELECT t.type AS "taskType",
                count(*) FILTER (WHERE t.status = 'COMPLETED')::int AS completed,
                count(*) FILTER (WHERE t.status = 'COMPLETED' AND (t.due_at IS NULL OR t.closed_at <= t.due_at))::int AS "completedOnTime",
                count(*) FILTER (WHERE t.status IN ('OPEN', 'CLAIMED'))::int AS open,
                count(*) FILTER (WHERE t.status IN ('OPEN', 'CLAIMED') AND t.due_at < now())::int AS "openOverdue"
           FROM tasks t JOIN dossiers d ON d.workflow_id = t.workflow_id
          WHERE t.subject_type = 'dossier' AND ${ofYear} AND ${inScope}
          GROUP BY t.type ORDER BY t.type`,
        params,
      ),
      this.dataSource.query<ReviewerWorkload[]>(
        `SELECT u.id AS "userId", u.full_name AS "fullName",
                count(*) FILTER (WHERE t.status IN ('OPEN', 'CLAIMED'))::int AS open,
                count(*) FILTER (WHERE t.status IN ('OPEN', 'CLAIMED') AND t.due_at < now())::int AS overdue,
                count(*) FILTER (WHERE t.status = 'COMPLETED' AND t.closed_at > now() - interval '30 days')::int AS "completedLast30Days"
           FROM tasks t JOIN dossiers d ON d.workflow_id = t.workflow_id
           JOIN users u ON u.id = coalesce(t.assignee_id, t.closed_by)
          WHERE t.type = 'dossier.review' AND ${ofYear} AND ${inScope}
          GROUP BY u.id, u.full_name ORDER BY open DESC, u.full_name LIMIT 50`,
        params,
      ),
    ]);
    return { year, byStageAndAward, steps, reviewers };
  }
}
