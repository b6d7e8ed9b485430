import type { LocalizedText } from '../localized-text';

/** How widely a recognised initiative's effect reaches: its unit, the province, the nation. */
export const INITIATIVE_SCOPE_VALUES = ['unit', 'province', 'national'] as const;
export type InitiativeScopeValue = (typeof INITIATIVE_SCOPE_VALUES)[number];

/** Where an application for recognition (đơn yêu cầu công nhận sáng kiến) stands. */
export const InitiativeStatus = {
  RECEIVED: 'RECEIVED',
  RECOGNIZED: 'RECOGNIZED',
  REFUSED: 'REFUSED',
} as const;
export type InitiativeStatus = (typeof InitiativeStatus)[keyof typeof InitiativeStatus];

/** What an initiative workflow starts with: the application as the author's unit received it. */
export interface InitiativeWorkflowInput {
  initiativeId: string;
  /** The unit that receives and recognises it (the author's unit). */
  unitId: string;
  unitName: string;
  title: string;
  description: string;
  authorIds: string[];
  ruleSetId: string;
  appliedBy: string;
  requestId: string | null;
}

/** The initiative council's review, recorded by the unit's head. */
export interface InitiativeReviewOutcome {
  /** Members of the initiative council (Hội đồng sáng kiến). */
  membersTotal: number;
  votesFor: number;
  /** The scope recognised, when recognised. */
  scope?: InitiativeScopeValue;
  /** Reasons, required when the initiative is refused. */
  reasons?: string;
}

export interface InitiativeOutcome {
  status: typeof InitiativeStatus.RECOGNIZED | typeof InitiativeStatus.REFUSED;
  scope: InitiativeScopeValue | null;
  reasons: string | null;
  votesFor: number;
  membersTotal: number;
  decidedOn: string;
  documentIds: string[];
}

export interface InitiativeState {
  status: InitiativeStatus;
  recorded: boolean;
  dueDate: string | null;
  outcome: InitiativeOutcome | null;
}

/** The human step of an initiative. */
export const InitiativeTaskType = {
  /** The unit's head records the initiative council's vote and the scope, or the reasons to refuse. */
  review: 'initiative.review',
} as const;
export type InitiativeTaskType = (typeof InitiativeTaskType)[keyof typeof InitiativeTaskType];

/** Names of the scopes as certificates write them. */
export const INITIATIVE_SCOPE_NAMES: Record<InitiativeScopeValue, LocalizedText> = {
  unit: { vi: 'cơ sở (trong đơn vị)', en: 'within the unit' },
  province: { vi: 'cấp tỉnh', en: 'province-wide' },
  national: { vi: 'toàn quốc', en: 'nationwide' },
};
