import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import {
  AppError,
  initiativeRecordedUpdate,
  type InitiativeState,
  initiativeWorkflowId,
  type InitiativeWorkflowInput,
  WorkflowType,
} from '@tdkt/contracts';
import { ServerConfig } from '@tdkt/server-config';
import { ruleSetForSubmissions } from '@tdkt/server-feature-dossier';
import type { DataSource } from 'typeorm';

export interface ApplyInitiativeCommand {
  unitId: string;
  title: string;
  description: string;
  authorIds: string[];
  appliedBy: string;
  requestId: string | null;
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
    const input: InitiativeWorkflowInput = {
      initiativeId: randomUUID(),
      unitId: command.unitId,
      unitName: unit.name,
      title: command.title,
      description: command.description,
      authorIds: [...new Set(command.authorIds)],
      ruleSetId: ruleSetForSubmissions(this.config).id,
      appliedBy: command.appliedBy,
      requestId: command.requestId,
    };
    const handle = await this.temporal.workflow.start(WorkflowType.initiative, {
      workflowId: initiativeWorkflowId(input.initiativeId),
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [input],
    });
    return { id: input.initiativeId, state: await handle.executeUpdate(initiativeRecordedUpdate) };
  }
}
