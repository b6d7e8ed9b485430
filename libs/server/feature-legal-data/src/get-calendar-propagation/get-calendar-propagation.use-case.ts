import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import {
  AppError,
  calendarPropagationWorkflowId,
  type CalendarPropagationResult,
} from '@tdkt/contracts';
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

/** What a holiday publication's propagation did: its workflow's status and result, and each deadline it moved. */
@Injectable()
export class GetCalendarPropagationUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
  ) {}

  async execute(revision: number): Promise<CalendarPropagationEffects> {
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
