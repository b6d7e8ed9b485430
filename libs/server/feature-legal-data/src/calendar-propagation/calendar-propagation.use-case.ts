import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Client,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
} from '@temporalio/client';
import {
  AppError,
  calendarPropagationWorkflowId,
  type CalendarPropagationInput,
  type CalendarPropagationResult,
  WorkflowType,
} from '@tdkt/contracts';
import type { OfficialSchedule } from '@tdkt/domain';
import { ServerConfig } from '@tdkt/server-config';
import type { DataSource } from 'typeorm';

/** What a holiday publication did to the running workflows, as the administrator follows it. */
export interface CalendarPropagationEffects {
  revision: number;
  /** NOT_STARTED (Temporal was unreachable: start it again), RUNNING, COMPLETED, FAILED… */
  status: string;
  /** Once completed: how many workflows were told, and how many had ended meanwhile. */
  result: CalendarPropagationResult | null;
  /** Each deadline of an open dossier the schedule moved (the dossier's timeline records it). */
  moved: {
    code: string;
    unitName: string;
    awardCode: string;
    taskKey: string;
    from: string;
    to: string;
    at: string;
  }[];
}

/**
 * Starts, once per holiday publication, the workflow that tells every running workflow with pending
 * deadlines. Starting it again (after Temporal was unreachable) is harmless: the id is the revision's.
 */
@Injectable()
export class CalendarPropagationUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly config: ServerConfig,
  ) {}

  async start(revision: number): Promise<{ workflowId: string }> {
    const [row] = await this.dataSource.query<
      { kind: string; payload: OfficialSchedule; published_by: string }[]
    >(`SELECT kind, payload, published_by FROM legal_data_publications WHERE revision = $1`, [
      revision,
    ]);
    if (row === undefined || row.kind !== 'holiday-schedule')
      throw new AppError('LEGAL_PUBLICATION_NOT_FOUND');
    const workflowId = calendarPropagationWorkflowId(revision);
    const input: CalendarPropagationInput = {
      revision,
      year: row.payload.year,
      document: row.payload.breaks[0]?.source.document ?? '',
      publishedBy: row.published_by,
    };
    try {
      await this.temporal.workflow.start(WorkflowType.calendarPropagation, {
        workflowId,
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [input],
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
    return { workflowId };
  }

  async effects(revision: number): Promise<CalendarPropagationEffects> {
    const [publication] = await this.dataSource.query<{ kind: string }[]>(
      `SELECT kind FROM legal_data_publications WHERE revision = $1`,
      [revision],
    );
    if (publication === undefined || publication.kind !== 'holiday-schedule')
      throw new AppError('LEGAL_PUBLICATION_NOT_FOUND');
    const handle = this.temporal.workflow.getHandle(calendarPropagationWorkflowId(revision));
    let status = 'NOT_STARTED';
    let result: CalendarPropagationResult | null = null;
    try {
      status = (await handle.describe()).status.name;
      if (status === 'COMPLETED') result = (await handle.result()) as CalendarPropagationResult;
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw error;
    }
    const moved = await this.dataSource.query<CalendarPropagationEffects['moved']>(
      `SELECT d.code, u.name AS "unitName", d.award_code AS "awardCode", e.data->>'taskKey' AS "taskKey",
              e.data->>'from' AS "from", e.data->>'to' AS "to",
              to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at
         FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id JOIN units u ON u.id = d.proposing_unit_id
        WHERE e.type = 'task.rescheduled' AND (e.data->>'revision')::int = $1
        ORDER BY e.occurred_at, d.code`,
      [revision],
    );
    return { revision, status, result, moved };
  }
}

/**
 * The running workflows a holiday schedule for `year` may concern: dossiers with an open task (their
 * deadlines are counted in working days) and active plans of that year or later. A receiver that has
 * nothing to move ignores the signal.
 */
@Injectable()
export class ListCalendarDependentsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(request: { year: number }): Promise<{ workflowIds: string[] }> {
    const rows = await this.dataSource.query<{ workflow_id: string }[]>(
      `SELECT DISTINCT t.workflow_id FROM tasks t
        WHERE t.status IN ('OPEN', 'CLAIMED') AND t.subject_type = 'dossier'
       UNION
       SELECT p.workflow_id FROM plans p
        WHERE p.status = 'ACTIVE' AND p.workflow_id IS NOT NULL AND p.year >= $1 - 1
       ORDER BY 1`,
      [request.year],
    );
    return { workflowIds: rows.map((row) => row.workflow_id) };
  }
}
