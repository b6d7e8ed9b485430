import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import {
  type ClusterYearWorkflowInput,
  clusterYearWorkflowId,
  WorkflowType,
} from '@tdkt/contracts';
import { ServerConfig } from '@tdkt/server-config';
import { appendAudit } from '@tdkt/server-database';
import { type Actor, auditContextOf } from '@tdkt/server-feature-identity';
import type { DataSource } from 'typeorm';
import { assertStage, lockClusterYear } from '../cluster-year-row';

export interface StartPactSigningCommand {
  clusterYearId: string;
  /** Working days each member has to sign; the cluster's regulation sets it (default 10). */
  pactWorkingDays?: number;
  /** Working days each member has to score itself once scoring opens (default 10). */
  selfScoreWorkingDays?: number;
}

const DEFAULT_WORKING_DAYS = 10;
const REMINDER_OFFSETS = [3, 1];

/**
 * Opens the year's pact (giao ước thi đua): starts the year's workflow, which gives every member's head
 * a signing task with its deadline and reminders. The row is marked first, in the transaction that
 * holds it, so two starts never race; a start that failed after that is sent again the same way, and
 * the workflow id makes it find a workflow that did start.
 */
@Injectable()
export class StartPactSigningUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly config: ServerConfig,
  ) {}

  async execute(command: StartPactSigningCommand, actor: Actor): Promise<void> {
    const workflowId = clusterYearWorkflowId(command.clusterYearId);
    const input = await this.dataSource.transaction(async (manager) => {
      const year = await lockClusterYear(manager, command.clusterYearId);
      assertStage(year, 'FORMED', 'PACT_SIGNING');
      const retry = year.status === 'PACT_SIGNING';
      const members = await manager.query<{ unitId: string; unitName: string }[]>(
        `SELECT m.unit_id AS "unitId", u.name AS "unitName" FROM cluster_members m
           JOIN units u ON u.id = m.unit_id WHERE m.cluster_year_id = $1 ORDER BY u.name`,
        [year.id],
      );
      await manager.query(
        `UPDATE cluster_years SET status = 'PACT_SIGNING', workflow_id = $2, updated_at = now() WHERE id = $1`,
        [year.id, workflowId],
      );
      const workflowInput: ClusterYearWorkflowInput = {
        clusterYearId: year.id,
        clusterCode: year.code,
        clusterName: year.name,
        year: year.year,
        leaderUnitId: year.leader_unit_id,
        members,
        pactWorkingDays: command.pactWorkingDays ?? DEFAULT_WORKING_DAYS,
        selfScoreWorkingDays: command.selfScoreWorkingDays ?? DEFAULT_WORKING_DAYS,
        reminderOffsetsWorkingDays: REMINDER_OFFSETS,
        overdueGraceWorkingDays: 1,
      };
      if (retry) return workflowInput;
      await appendAudit(manager, {
        action: 'cluster-year.pact-opened',
        ...auditContextOf(actor),
        entityType: 'cluster-year',
        entityId: year.id,
        unitId: year.organizer_unit_id,
        workflowId,
        after: {
          pactWorkingDays: workflowInput.pactWorkingDays,
          selfScoreWorkingDays: workflowInput.selfScoreWorkingDays,
        },
      });
      return workflowInput;
    });
    try {
      await this.temporal.workflow.start(WorkflowType.clusterYear, {
        workflowId,
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [input],
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }
}
