import type { LocalizedText, PlanItemEvidence, PlanStatus, QuarterSummary } from '@tdkt/contracts';
import {
  planItemOutcome,
  vietnamDateOfEpochMillis,
  type PlanItemKind,
  type PlanItemOutcome,
  type PlanTarget,
  type Quarter,
} from '@tdkt/domain';
import type { PlanItemRecord, PlanRecord } from '../plan-records';

/** A reminder or overdue notice the plan sent about an item, and to how many people. */
export interface PlanItemNotice {
  kind: 'reminder' | 'overdue';
  sentAt: string;
  /** For a reminder: the working days it was sent before the due date. */
  workingDaysBefore: number | null;
  recipients: number;
}

/** An item as people read it, with its outcome as of today. */
export interface PlanItemView {
  key: string;
  quarter: Quarter;
  dueOn: string;
  dueExplicit: boolean;
  owner: { unitId: string; name: string };
  kind: PlanItemKind;
  text: LocalizedText;
  recurring: boolean;
  participantUnitIds: string[];
  status: 'OPEN' | 'DONE';
  outcome: PlanItemOutcome;
  completedAt: string | null;
  /** When the completion was recorded: later than completedAt when done work was recorded late. */
  completionRecordedAt: string | null;
  completedBy: string | null;
  evidence: PlanItemEvidence | null;
  note: string | null;
  /** Number of recorded changes to the item. */
  revision: number;
  /** The notices sent so far, oldest first (filled where the plan is read whole). */
  notices: PlanItemNotice[];
}

export interface PlanView {
  id: string;
  year: number;
  number: string | null;
  issuedOn: string | null;
  issuer: { unitId: string; name: string; nameInDocument: string };
  signer: string | null;
  standingBody: { unitId: string; name: string };
  legalBasis: string[];
  goals: string[];
  standingDuties: string[];
  recipients: string[];
  /** Targets for the share of awards to groups, in the plan's words with where they stand in it. */
  targets: PlanTarget[];
  reminderOffsets: number[];
  status: PlanStatus;
  workflowId: string | null;
  sourcePlanId: string | null;
  items: PlanItemView[];
}

export type QuarterSummaryView = Omit<QuarterSummary, 'planId' | 'year'> & { createdAt: string };

/** An item's view; `today` is the Vietnamese date the outcome is judged on. */
export function planItemView(
  item: PlanItemRecord,
  today: string,
  notices: PlanItemNotice[] = [],
): PlanItemView {
  const completedOn =
    item.completedAt === null ? null : vietnamDateOfEpochMillis(item.completedAt.getTime());
  return {
    key: item.key,
    quarter: item.quarter,
    dueOn: item.dueOn,
    dueExplicit: item.dueExplicit,
    owner: { unitId: item.ownerUnitId, name: item.ownerName },
    kind: item.kind,
    text: { vi: item.textVi, en: item.textEn },
    recurring: item.recurring,
    participantUnitIds: item.participantUnitIds,
    status: item.status,
    outcome: planItemOutcome(item.dueOn, completedOn, today),
    completedAt: item.completedAt?.toISOString() ?? null,
    completionRecordedAt: item.completionRecordedAt?.toISOString() ?? null,
    completedBy: item.completedBy,
    evidence: item.evidence,
    note: item.completionNote,
    revision: item.revision,
    notices,
  };
}

export function planView(
  plan: PlanRecord,
  items: PlanItemRecord[],
  today: string,
  notices: ReadonlyMap<string, PlanItemNotice[]> = new Map(),
): PlanView {
  return {
    id: plan.id,
    year: plan.year,
    number: plan.number,
    issuedOn: plan.issuedOn,
    issuer: {
      unitId: plan.issuerUnitId,
      name: plan.issuerUnitName,
      nameInDocument: plan.issuerName,
    },
    signer: plan.signer,
    standingBody: { unitId: plan.standingBodyUnitId, name: plan.standingBodyName },
    legalBasis: plan.legalBasis,
    goals: plan.goals,
    standingDuties: plan.standingDuties,
    recipients: plan.recipients,
    targets: plan.targets,
    reminderOffsets: plan.reminderOffsets,
    status: plan.status,
    workflowId: plan.workflowId,
    sourcePlanId: plan.sourcePlanId,
    items: items.map((item) => planItemView(item, today, notices.get(item.key) ?? [])),
  };
}

/** Today in Vietnam. */
export function vietnamToday(): string {
  return vietnamDateOfEpochMillis(Date.now());
}
