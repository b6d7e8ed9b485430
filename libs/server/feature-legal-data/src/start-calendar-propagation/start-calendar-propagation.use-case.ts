import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import {
  AppError,
  calendarPropagationWorkflowId,
  type CalendarPropagationInput,
  WorkflowType,
} from '@tdkt/contracts';
import type { OfficialSchedule } from '@tdkt/domain';
import { ServerConfig } from '@tdkt/server-config';
import type { DataSource } from 'typeorm';

/**
 * Starts, once per holiday publication, the workflow that tells every running workflow with pending
 * deadlines. Starting it again (after Temporal was unreachable) is harmless: the id is the revision's.
 */
@Injectable()
export class StartCalendarPropagationUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly config: ServerConfig,
  ) {}

  async execute(revision: number): Promise<{ workflowId: string }> {
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
}
