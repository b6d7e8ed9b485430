import type { LocalizedText } from '../localized-text';

/** Where a cluster's year stands; stored in `cluster_years.status`. */
export const ClusterYearStatus = {
  FORMED: 'FORMED',
  PACT_SIGNING: 'PACT_SIGNING',
  PACT_SIGNED: 'PACT_SIGNED',
  SCORING: 'SCORING',
  REVIEWING: 'REVIEWING',
  REVIEWED: 'REVIEWED',
  HANDED_OVER: 'HANDED_OVER',
} as const;
export type ClusterYearStatus = (typeof ClusterYearStatus)[keyof typeof ClusterYearStatus];

/** The human steps of a cluster's year. */
export const ClusterTaskType = {
  /** The member's head signs the year's pact (ký kết giao ước thi đua). */
  signPact: 'cluster.sign-pact',
  /** The member scores itself against the table, citing its evidence (tự chấm điểm). */
  selfScore: 'cluster.self-score',
  /** The leader records the review meeting: adjusted scores and the order between equal totals. */
  review: 'cluster.review',
} as const;
export type ClusterTaskType = (typeof ClusterTaskType)[keyof typeof ClusterTaskType];

export interface ClusterMemberRef {
  unitId: string;
  unitName: string;
}

/** One criterion of the table, as the workflow pins it. */
export interface ClusterCriterionView {
  code: string;
  title: LocalizedText;
  maxPoints: number;
}

export interface ClusterScoringTableView {
  version: number;
  criteria: ClusterCriterionView[];
}

/** What a cluster year's workflow starts with. */
export interface ClusterYearWorkflowInput {
  clusterYearId: string;
  clusterCode: string;
  clusterName: string;
  year: number;
  leaderUnitId: string;
  members: ClusterMemberRef[];
  /** Working days each member has to sign the pact, then to score itself. */
  pactWorkingDays: number;
  selfScoreWorkingDays: number;
  reminderOffsetsWorkingDays: number[];
  overdueGraceWorkingDays: number;
}

/** A member's pact signature, as its head records it. */
export interface PactSignatureOutcome {
  /** The head confirms the unit commits to the pact's contents. */
  agreed: true;
  note?: string;
}

/** One piece of evidence a member cites: what it is and where it is found. */
export interface ScoreEvidence {
  title: string;
  reference: string;
}

/** A member's self-score. */
export interface SelfScoreOutcome {
  scores: Record<string, number>;
  evidence: ScoreEvidence[];
  note?: string;
}

/** The review meeting, as the leader records it. */
export interface ClusterReviewOutcome {
  /** Adjusted points per member (unit id → criterion → points); a member left out keeps its self-score. */
  adjustments?: Record<string, Record<string, number>>;
  /** The order the meeting agreed between members with equal totals. */
  tieBreak?: string[];
  minutes: string;
}

/** A member's place as the review adopted it. */
export interface ClusterRankingEntry {
  unitId: string;
  total: number | null;
  rank: number | null;
  tiedWith: string[];
  decidedByMeeting: boolean;
  scores: Record<string, number> | null;
}

export interface ClusterYearState {
  status: ClusterYearStatus;
  pactSigned: string[];
  selfScored: string[];
  selfScoreMissed: string[];
  scoringVersion: number | null;
  ranking: ClusterRankingEntry[] | null;
}

export interface ClusterYearOutcome {
  ranking: ClusterRankingEntry[];
}
