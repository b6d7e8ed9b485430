import { Role } from '../identity/roles';
import type {
  OwnerTally,
  PlanItemKind,
  PlanItemOutcome,
  PlanSchedule,
  PlanScheduleRequest,
  Quarter,
} from '@tdkt/domain';
import type { LocalizedText } from '../localized-text';

/** Where a plan is in its life: edited as a draft, running as a workflow, or finished with its year. */
export const PlanStatus = {
  DRAFT: 'DRAFT',
  ACTIVE: 'ACTIVE',
  CLOSED: 'CLOSED',
} as const;
export type PlanStatus = (typeof PlanStatus)[keyof typeof PlanStatus];

/** Proof that a plan item was done: an issued document (số văn bản) or a link to the result. */
export type PlanItemEvidence =
  | { type: 'document'; number: string; issuedOn: string; title: string | null }
  | { type: 'link'; url: string; title: string | null };

export interface PlanItemCompletion {
  /** When the person marked it done (the API's clock); the workflow never takes a time in its future. */
  completedAt: string;
  completedBy: string | null;
  /** The grant the person acted under, for the audit trail (absent in completions recorded before it). */
  completedAs?: { role: Role; unitId: string } | null;
  evidence: PlanItemEvidence;
  note: string | null;
}

/** One plan item as the workflow carries it: units resolved to ids, the due date decided. */
export interface PlanItemSnapshot {
  key: string;
  quarter: Quarter;
  dueOn: string;
  /** True when the due date was set explicitly rather than defaulting to the quarter's last day. */
  dueExplicit: boolean;
  ownerUnitId: string;
  ownerName: string;
  kind: PlanItemKind;
  text: LocalizedText;
  recurring: boolean;
  /** Units that act in the item's window (dossier collection, emulation registration). */
  participantUnitIds: string[];
  completion: PlanItemCompletion | null;
  /** Number of recorded changes; the read model keeps the same number, which makes rewrites idempotent. */
  revision: number;
}

/** What the yearly plan workflow starts with; recorded in its history. */
export interface AnnualPlanWorkflowInput {
  planId: string;
  year: number;
  number: string | null;
  issuerUnitId: string;
  /** Standing body of the emulation council: its reviewers get overdue notices, summaries and the draft. */
  standingBodyUnitId: string;
  reminderOffsets: number[];
  items: PlanItemSnapshot[];
  /**
   * Runs the plan's clock as if the workflow had started at this instant (demos, simulations, tests
   * on the time-skipping server). Null in normal operation.
   */
  startAsOf: string | null;
}

/** Sent by the API when a person marks an item done. Ignored for an unknown or already completed item. */
export interface CompletePlanItemSignal extends PlanItemCompletion {
  itemKey: string;
  requestId: string | null;
}

/** Adds an item to, or revises an item of, a running plan. */
export interface PlanItemChange {
  item: Omit<PlanItemSnapshot, 'completion' | 'revision'>;
  actorId: string | null;
  requestId: string | null;
}

export type PlanNoticeStatus = 'PENDING' | 'SENT' | 'SKIPPED' | 'FAILED';

/** A window waits for its opening day, is open, was closed, or was skipped (its due date had passed). */
export type PlanWindowStatus = 'PENDING' | 'OPEN' | 'CLOSED' | 'SKIPPED';

/** Roles whose holders the plan notifies; a grant on an ancestor unit also counts. */
export const PlanRole = {
  /** Does the unit's emulation paperwork: gets reminders and window tasks. */
  officer: Role.UNIT_OFFICER,
  /** Heads the unit: told when its items are overdue. */
  head: Role.UNIT_HEAD,
  /** Works in the standing body: told about overdue items, summaries and the draft. */
  reviewer: Role.REVIEWER,
} as const;

/** The human steps of a plan: a unit's part in a collection window. */
export const PlanTaskType = {
  /** The unit registers its emulation titles within the window. */
  emulationRegistration: 'plan.emulation-registration',
  /** The unit sends its dossiers within the window. */
  dossierCollection: 'plan.dossier-collection',
} as const;
export type PlanTaskType = (typeof PlanTaskType)[keyof typeof PlanTaskType];

/** What the workflow reports about one item through the state query. */
export interface PlanItemStateView {
  key: string;
  quarter: Quarter;
  dueOn: string;
  ownerUnitId: string;
  revision: number;
  completedAt: string | null;
  notices: { id: string; kind: 'reminder' | 'overdue'; at: string; status: PlanNoticeStatus }[];
  window: { status: PlanWindowStatus; opensAt: string; closesAt: string } | null;
}

export interface AnnualPlanState {
  planId: string;
  year: number;
  /** The plan's clock when the workflow last ran (shifted by `startAsOf`). */
  planNow: string;
  items: PlanItemStateView[];
  quarters: { quarter: Quarter; summaryAt: string; summarized: boolean }[];
  draftPlanId: string | null;
  failedNotifications: number;
  finished: boolean;
}

export interface QuarterSummaryItem {
  itemKey: string;
  ownerUnitId: string;
  dueOn: string;
  completedOn: string | null;
  outcome: PlanItemOutcome;
}

/** A quarter's results, computed by the workflow on the first working day after the quarter ends. */
export interface QuarterSummary {
  planId: string;
  year: number;
  quarter: Quarter;
  /** The Vietnamese date the summary looks from. */
  asOf: string;
  items: QuarterSummaryItem[];
  owners: (OwnerTally & { ownerName: string })[];
  totals: OwnerTally;
}

/** Records a window's state in the read model when the workflow opens or closes it. */
export interface PlanWindowRecord {
  planId: string;
  itemKey: string;
  kind: 'dossier-collection' | 'emulation-registration';
  opensAt: string;
  closesAt: string;
  status: 'OPEN' | 'CLOSED';
}

export interface AnnualPlanOutcome {
  itemsDone: number;
  itemsOpen: number;
  quarterSummaries: number;
  draftPlanId: string | null;
}

export type { PlanSchedule, PlanScheduleRequest };

/** The workflow's signature, for typed starts by name from code that cannot import workflows/. */
export type AnnualPlanWorkflow = (input: AnnualPlanWorkflowInput) => Promise<AnnualPlanOutcome>;

/** One workflow per plan; the plan id keeps it unique and lets the API find it. */
export function annualPlanWorkflowId(planId: string): string {
  return `annual-plan-${planId}`;
}

/** Task key of one unit's task in an item's window. */
export function planWindowTaskKey(itemKey: string, unitId: string): string {
  return `window:${itemKey}:${unitId}`;
}
