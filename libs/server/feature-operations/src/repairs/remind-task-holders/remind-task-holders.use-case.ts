import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  NotificationTemplate,
  notificationRequest,
  type RepairItemResult,
  type Role,
} from '@tdkt/contracts';
import { awardOf, getRuleSet, vietnamDateOfEpochMillis, workingDaysBetween } from '@tdkt/domain';
import { EffectiveLegalData } from '@tdkt/server-feature-legal-data';
import { appendAudit } from '@tdkt/server-database';
import { SendNotificationUseCase } from '@tdkt/server-feature-notifications';
import type { DataSource } from 'typeorm';
import type { Operator } from '../operator';
import { RepairTargets } from '../repair-target';

interface RemindedTask {
  id: string;
  task_key: string;
  unit_id: string;
  title: { vi: string; en: string };
  due_at: Date | null;
  assignee_id: string | null;
  candidate_user_id: string | null;
  candidate_role: Role | null;
  candidate_unit_id: string | null;
  code: string;
  nominee_name: string;
  award_code: string;
  rule_set_id: string | null;
}

/**
 * Sends the holders of a dossier's open tasks (the assignee, else everyone the task is for) a
 * reminder again, or an overdue notice when the deadline has passed. Runs in the worker, which has
 * the e-mail and webhook settings; once per operation and task, however often it is retried.
 */
@Injectable()
export class RemindTaskHoldersUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: SendNotificationUseCase,
    private readonly targets: RepairTargets,
    private readonly legalData: EffectiveLegalData,
  ) {}

  async execute(
    command: { workflowId: string; taskId: string | null; reason: string },
    operator: Extract<Operator, { kind: 'recorded' }>,
    now = new Date(),
  ): Promise<RepairItemResult> {
    const tasks = await this.dataSource.query<RemindedTask[]>(
      `SELECT t.id, t.task_key, t.unit_id, t.title, t.due_at, t.assignee_id, t.candidate_user_id,
              t.candidate_role, t.candidate_unit_id, d.code, d.nominee_name, d.award_code, d.rule_set_id
         FROM tasks t JOIN dossiers d ON t.subject_type = 'dossier' AND d.id::text = t.subject_id
        WHERE t.workflow_id = $1 AND t.status IN ('OPEN', 'CLAIMED') AND ($2::uuid IS NULL OR t.id = $2)
        ORDER BY t.created_at`,
      [command.workflowId, command.taskId],
    );
    if (tasks.length === 0)
      return { workflowId: command.workflowId, status: 'skipped', message: 'no open dossier task' };
    for (const task of tasks) await this.remind(task, command, operator, now);
    return {
      workflowId: command.workflowId,
      status: 'done',
      message: `reminded ${tasks.map((task) => task.task_key).join(', ')}`,
    };
  }

  private async remind(
    task: RemindedTask,
    command: { workflowId: string; reason: string },
    operator: Extract<Operator, { kind: 'recorded' }>,
    now: Date,
  ): Promise<void> {
    const award = task.rule_set_id
      ? awardOf(getRuleSet(task.rule_set_id), task.award_code).name
      : null;
    const dueDate = task.due_at === null ? '' : vietnamDateOfEpochMillis(task.due_at.getTime());
    const recipients =
      task.assignee_id !== null
        ? [{ userId: task.assignee_id }]
        : task.candidate_user_id !== null
          ? [{ userId: task.candidate_user_id }]
          : // ck_tasks_candidates: a task offered to no person is offered to a role on a unit.
            [{ role: task.candidate_role as Role, unitId: task.candidate_unit_id ?? task.unit_id }];
    const common = {
      dossierCode: task.code,
      nomineeName: task.nominee_name,
      awardName: award?.vi ?? task.award_code,
      awardNameEn: award?.en ?? task.award_code,
      taskTitle: task.title.vi,
      taskTitleEn: task.title.en,
      dueDate,
    };
    const idempotencyKey = `${command.workflowId}:${task.task_key}:resent:${operator.operationId}`;
    const overdue = task.due_at !== null && task.due_at < now;
    const reminder = overdue
      ? notificationRequest({
          idempotencyKey,
          template: NotificationTemplate.taskOverdue,
          recipients,
          params: common,
        })
      : notificationRequest({
          idempotencyKey,
          template: NotificationTemplate.taskReminder,
          recipients,
          params: {
            ...common,
            workingDaysLeft:
              dueDate === ''
                ? 0
                : workingDaysBetween(
                    vietnamDateOfEpochMillis(now.getTime()),
                    dueDate,
                    await this.legalData.calendar(),
                  ),
          },
        });
    await this.notifications.execute(reminder);
    const { audit, idempotencyKey: auditKey } = await this.targets.auditOf(
      operator,
      task.unit_id,
      task.id,
    );
    await appendAudit(this.dataSource.manager, {
      ...audit,
      action: 'ops.reminder.resent',
      entityType: 'task',
      entityId: task.id,
      unitId: task.unit_id,
      workflowId: command.workflowId,
      before: null,
      after: {
        template: reminder.template,
        recipients,
        reason: command.reason,
      },
      idempotencyKey: auditKey,
    });
  }
}
