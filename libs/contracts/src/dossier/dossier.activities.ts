import type { CloseTaskCommand, OpenTaskCommand } from '../inbox/inbox.types';
import type { DossierEvent, DossierStage, DossierWorkflowInput } from './dossier.types';

/** A deadline and the reminder and overdue instants around it, computed on the working-day calendar. */
export interface StepSchedule {
  /** The last working day of the step. */
  dueDate: string;
  /** End of the due date, 17:00 Asia/Ho_Chi_Minh. */
  dueAt: string;
  /** 08:00 on each reminder day, earliest first; days already past are left out. */
  reminders: readonly { offsetWorkingDays: number; at: string }[];
  /** 08:00 on the first working day after the grace period. */
  overdueAt: string;
  /** True when a day of the step falls in a year without an official schedule (may still move). */
  provisional?: boolean;
  /** The holiday publication the dates were computed on (0: the release's own data). */
  calendarRevision?: number;
}

/**
 * A step's time limit: a number of working days from its start, a paused-and-resumed statutory clock,
 * or a number of calendar days (the Law on Complaints), ending on the next working day if on a day off.
 */
export type ScheduleRequest = {
  /** When the step starts (workflow time). */
  startAt: string;
  reminderOffsetsWorkingDays: number[];
  overdueGraceWorkingDays: number;
} & ({ workingDays: number } | { clock: StatutoryClockJson } | { calendarDays: number });

/** The JSON form of libs/domain's StatutoryClock (kept structural so contracts stay independent). */
export interface StatutoryClockJson {
  start: string;
  budgetWorkingDays: number;
  segments: readonly { from: string; to: string }[];
  runningSince: string | null;
}

/** A dossier projection write: the stage and one timeline event, idempotent by (dossier, seq). */
export interface DossierProjection {
  dossierId: string;
  workflowId: string;
  stage: DossierStage;
  currentLevel: string | null;
  currentUnitId: string | null;
  stageDueAt: string | null;
  event: DossierEvent;
  /** Set when the dossier closes. */
  outcome?: {
    stage: DossierStage;
    reason: string | null;
    decisionNumber: string | null;
    decidedOn: string | null;
  };
}

/**
 * What a dossier's workflow changed in the read model since it last wrote, written in one transaction
 * where the workflow next waits: the submission (with the first write), the tasks closed, the timeline
 * events in their order, and the task opened. One write per step instead of one per change.
 */
export interface DossierChanges {
  dossierId: string;
  submission?: DossierWorkflowInput;
  closeTasks: CloseTaskCommand[];
  projections: DossierProjection[];
  openTask?: OpenTaskCommand;
}

/**
 * Activities the dossier workflow calls. Declared here so that workflows depend on the contract,
 * not on the implementation in activities/.
 */
export interface DossierActivities {
  /** Marks the dossier submitted in the read model, with its audit row. */
  recordDossierSubmitted(input: DossierWorkflowInput): Promise<void>;
  /** Writes the stage and one timeline event into the read model (and the audit trail). */
  projectDossier(projection: DossierProjection): Promise<void>;
  /** Writes a step's changes (submission, tasks closed, events, task opened) in one transaction. */
  applyDossierChanges(changes: DossierChanges): Promise<void>;
  /**
   * Working-day arithmetic on the calendar in effect (this release's schedules with every published
   * one on top); the result is recorded in history.
   */
  scheduleStep(request: ScheduleRequest): Promise<StepSchedule>;
  /** Sends the dossier to another system that runs a level (HMAC-signed); returns its reference. */
  forwardToExternalSystem(request: {
    endpoint: string;
    input: DossierWorkflowInput;
    level: string;
  }): Promise<{ reference: string }>;
  /** The decisions already taken on some initiatives (those still pending are left out). */
  initiativeDecisions(request: { initiativeIds: string[] }): Promise<InitiativeDecision[]>;
}

/** A decision on an initiative, as the dossiers citing it learn of it. */
export interface InitiativeDecision {
  initiativeId: string;
  recognized: boolean;
  scope: string | null;
  reason: string | null;
}
