import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import {
  AppError,
  initiativeRecordedUpdate,
  type InitiativeState,
  initiativeStateQuery,
  initiativeWorkflowId,
  type InitiativeWorkflowInput,
  WorkflowType,
} from '@tdkt/contracts';
import { ServerConfig } from '@tdkt/server-config';
import { ruleSetForSubmissions } from '@tdkt/server-feature-dossier';
import { createdIdFor, KEYED_START } from '@tdkt/server-temporal-client';
import type { DataSource } from 'typeorm';

export interface ApplyInitiativeCommand {
  unitId: string;
  title: string;
  description: string;
  authorIds: string[];
  appliedBy: string;
  requestId: string | null;
  /** With it, the same application sent again finds the initiative the first one started. */
  idempotencyKey?: string;
}

/**
 * An author's application for recognition of an initiative, lodged through their unit: starts the
 * initiative's workflow, which records the receipt with its legal due date before this answers.
 */
@Injectable()
export class ApplyInitiativeUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly config: ServerConfig,
  ) {}

  async execute(command: ApplyInitiativeCommand): Promise<{ id: string; state: InitiativeState }> {
    const [unit] = await this.dataSource.query<{ name: string }[]>(
      `SELECT name FROM units WHERE id = $1`,
      [command.unitId],
    );
    if (unit === undefined) throw new AppError('UNIT_NOT_FOUND');
    const authors = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM users WHERE id = ANY($1::uuid[])`,
      [command.authorIds],
    );
    if (authors.length !== new Set(command.authorIds).size)
      throw new AppError('VALIDATION_FAILED', [
        {
          field: 'authorIds',
          rule: 'exists',
          message: { vi: 'Tác giả không tồn tại.', en: 'An author does not exist.' },
        },
      ]);
    const { requestId, idempotencyKey, ...request } = command;
    const input: InitiativeWorkflowInput = {
      initiativeId: createdIdFor('initiative', command.appliedBy, idempotencyKey, request),
      unitId: command.unitId,
      unitName: unit.name,
      title: command.title,
      description: command.description,
      authorIds: [...new Set(command.authorIds)],
      ruleSetId: ruleSetForSubmissions(this.config).id,
      appliedBy: command.appliedBy,
      requestId,
    };
    const workflowId = initiativeWorkflowId(input.initiativeId);
    try {
      const handle = await this.temporal.workflow.start(WorkflowType.initiative, {
        workflowId,
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [input],
        ...(idempotencyKey === undefined ? {} : KEYED_START),
      });
      return {
        id: input.initiativeId,
        state: await handle.executeUpdate(initiativeRecordedUpdate),
      };
    } catch (error) {
      // A retry of an application whose initiative has been decided since.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      const state = await this.temporal.workflow.getHandle(workflowId).query(initiativeStateQuery);
      return { id: input.initiativeId, state };
    }
  }
}
