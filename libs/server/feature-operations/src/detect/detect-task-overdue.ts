import type { StuckFinding } from '@tdkt/contracts';
import { HolidayCalendar, vietnamDateOfEpochMillis, workingDaysBetween } from '@tdkt/domain';
import type { OperationsSettings } from '../settings/operations-settings';
import type { WorkflowFacts } from './workflow-facts';

/** Open tasks overdue by more working days than their task type allows, naming who holds each. */
export function detectTaskOverdue(
  facts: WorkflowFacts,
  now: Date,
  settings: Pick<OperationsSettings, 'overdueAllowance'>,
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): StuckFinding[] {
  const today = vietnamDateOfEpochMillis(now.getTime());
  return facts.openTasks.flatMap((task): StuckFinding[] => {
    if (task.dueAt === null || task.dueAt >= now) return [];
    const overdue = workingDaysBetween(
      vietnamDateOfEpochMillis(task.dueAt.getTime()),
      today,
      calendar,
    );
    const allowed =
      settings.overdueAllowance.byTaskType[task.taskType] ?? settings.overdueAllowance.default;
    if (overdue <= allowed) return [];
    const holder =
      task.heldBy.kind === 'person'
        ? task.heldBy.name
        : `${task.heldBy.role} @ ${task.heldBy.unitName}`;
    return [
      {
        reason: 'task-overdue',
        since: task.dueAt.toISOString(),
        summary: {
          vi: `Nhiệm vụ ${task.taskType} quá hạn ${overdue} ngày làm việc (cho phép ${allowed}); đang giữ: ${holder}`,
          en: `Task ${task.taskType} overdue by ${overdue} working days (allowed ${allowed}); held by ${holder}`,
        },
        evidence: {
          taskId: task.taskId,
          taskKey: task.taskKey,
          taskType: task.taskType,
          dueAt: task.dueAt.toISOString(),
          workingDaysOverdue: overdue,
          allowedWorkingDays: allowed,
          heldBy: task.heldBy,
        },
      },
    ];
  });
}
