import {
  type DossierTaskType,
  type LocalizedText,
  TaskSubjectType,
  type TaskCandidates,
} from '@tdkt/contracts';
import {
  type HumanStepResult,
  type HumanStepSpec,
  runHumanStep,
  type ScheduledStep,
  scheduleStep as scheduleOnCalendar,
  type StepLimit,
} from '../shared/human-step';
import { calendar } from './activities';
import type { DossierRun } from './dossier-run';

/** A dossier's human step: the shared step, about this dossier, at its current level. */
export interface DossierStepSpec extends Omit<HumanStepSpec, 'task' | 'schedule'> {
  /** Unique within the workflow, e.g. `review:district#2`. */
  taskKey: string;
  type: DossierTaskType;
  title: LocalizedText;
  candidates: TaskCandidates;
  schedule: ScheduledStep;
  details?: Record<string, unknown>;
}

/** Opens the step's task about this dossier and waits for it (see `runHumanStep`). */
export function runDossierStep(run: DossierRun, spec: DossierStepSpec): Promise<HumanStepResult> {
  const { taskKey, type, title, candidates, schedule, details, ...behaviour } = spec;
  const level = run.level;
  return runHumanStep(run, {
    ...behaviour,
    schedule,
    task: {
      taskKey,
      type,
      title,
      subject: {
        type: TaskSubjectType.dossier,
        id: run.input.dossierId,
        label: `${run.input.code} · ${run.input.nominee.name} · ${run.input.awardName.vi}`,
        unitId: run.input.proposingUnit.id,
      },
      candidates,
      dueAt: schedule.dueAt,
      details: {
        level: level.level,
        levelUnitId: level.unitId,
        dueDate: schedule.dueDate,
        ...(schedule.provisional === undefined ? {} : { dueDateProvisional: schedule.provisional }),
        ...details,
      },
    },
  });
}

/** Due date, reminders and overdue instant of a dossier step starting now, by the dossier's time limits. */
export function scheduleStep(
  run: DossierRun,
  limit: StepLimit,
  withReminders = true,
): Promise<ScheduledStep> {
  return scheduleOnCalendar(calendar.scheduleStep, run.input.timeLimits, limit, withReminders);
}
