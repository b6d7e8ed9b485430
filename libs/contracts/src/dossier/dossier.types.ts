import type { DossierEventType } from './dossier-events';
import type { AchievementClaim, DossierTrack, PerformanceRating } from '@tdkt/domain';
import type { RoleGrant } from '../identity/authenticated-user';
import type { LocalizedText } from '../localized-text';

/** Where a dossier stands. The workflow owns it; the read model and search attributes mirror it. */
export const DossierStage = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  UNIT_REVIEW: 'UNIT_REVIEW',
  SUPPLEMENTING: 'SUPPLEMENTING',
  INITIATIVE_PENDING: 'INITIATIVE_PENDING',
  COUNCIL_PENDING: 'COUNCIL_PENDING',
  DISCLOSURE: 'DISCLOSURE',
  DECISION_PENDING: 'DECISION_PENDING',
  FORWARDED: 'FORWARDED',
  APPROVED: 'APPROVED',
  NOT_APPROVED: 'NOT_APPROVED',
  REJECTED: 'REJECTED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type DossierStage = (typeof DossierStage)[keyof typeof DossierStage];

/** Stages in which the dossier's workflow has ended. */
export const CLOSED_DOSSIER_STAGES: readonly DossierStage[] = [
  DossierStage.APPROVED,
  DossierStage.NOT_APPROVED,
  DossierStage.REJECTED,
  DossierStage.WITHDRAWN,
];

/** Names shown to people, Vietnamese first. */
export const DOSSIER_STAGE_NAMES: Record<DossierStage, LocalizedText> = {
  DRAFT: { vi: 'Bản nháp', en: 'Draft' },
  SUBMITTED: { vi: 'Đã nộp', en: 'Submitted' },
  UNIT_REVIEW: { vi: 'Đang thẩm định', en: 'Under review' },
  SUPPLEMENTING: { vi: 'Chờ bổ sung hồ sơ', en: 'Awaiting supplementation' },
  INITIATIVE_PENDING: { vi: 'Chờ công nhận sáng kiến', en: 'Awaiting initiative recognition' },
  COUNCIL_PENDING: { vi: 'Chờ Hội đồng xét', en: 'Awaiting council' },
  DISCLOSURE: { vi: 'Đang công khai', en: 'Public disclosure' },
  DECISION_PENDING: { vi: 'Chờ quyết định', en: 'Awaiting decision' },
  FORWARDED: { vi: 'Đã chuyển cấp trên (hệ thống khác)', en: 'Forwarded to another system' },
  APPROVED: { vi: 'Đã khen thưởng', en: 'Approved' },
  NOT_APPROVED: { vi: 'Không được khen thưởng', en: 'Not approved' },
  REJECTED: { vi: 'Bị từ chối', en: 'Rejected' },
  WITHDRAWN: { vi: 'Đã rút', en: 'Withdrawn' },
};

export type NomineeKind = 'individual' | 'collective' | 'household';

/** The person, collective or household proposed, with the attributes rules and reports need. */
export interface Nominee {
  kind: NomineeKind;
  /** Full name of the person, or the collective's name. */
  name: string;
  position?: string;
  /**
   * Categories the plan's targets count (optional, individuals and households only; a remote area is
   * the proposing unit's, not the person's): a worker directly in production or service (công nhân,
   * nông dân, người lao động trực tiếp), gender, an ethnic minority, a leading or managing post.
   */
  directWorker?: boolean;
  gender?: 'female' | 'male';
  ethnicMinority?: boolean;
  leaderOrManager?: boolean;
  /** The unit's rating of the nominee's work in the award year, as the unit states it. */
  rating?: PerformanceRating;
  birthYear?: number;
  /**
   * Achievements the unit states for the reviewers to judge (e.g. `movement-achievement`,
   * `productive-labour`, `household-contribution`): the alternative routes of an award's standard.
   */
  claimedAchievements?: AchievementClaim[];
}

/** One level the dossier passes through: its reviewers, council and (at the last level) decider live here. */
export interface ApprovalStep {
  /** Level id in the dossier's rule set, e.g. `district`, `province`. */
  level: string;
  levelName: LocalizedText;
  /** The unit that acts for this level (e.g. UBND huyện Cẩm Mỹ); roles are granted on it. */
  unitId: string;
  unitName: string;
  /** Set when this level runs another system: the dossier is sent there and its outcome awaited. */
  externalEndpoint?: string;
  /**
   * Set for the central level, which the engine does not run: the province (`unitId`) sends the
   * dossier to the Central Emulation & Commendation Board and its reviewers record the outcome.
   */
  central?: true;
}

/** Time limits of the pinned rule set, in working days. */
export interface DossierTimeLimits {
  reviewWorkingDays: number;
  supplementationWorkingDays: number;
  reminderOffsetsWorkingDays: number[];
  overdueGraceWorkingDays: number;
  decisionWorkingDays: number;
  objectionReviewWorkingDays: number;
  /** How long the central level has to decide a dossier sent to it; absent in older histories. */
  centralReviewWorkingDays?: number;
}

/** What a dossier workflow starts with. Everything here is fixed at submission and recorded in history. */
export interface DossierWorkflowInput {
  dossierId: string;
  /** Business code, e.g. HS-2024-000123; also the workflow id. */
  code: string;
  year: number;
  awardCode: string;
  awardName: LocalizedText;
  /** The rule set in force at submission; the dossier keeps it to the end. */
  ruleSetId: string;
  /**
   * The track the award's rules put the dossier on (`periodic`, `ad-hoc`, `thematic`, `central`),
   * pinned with its procedure; absent in older histories (periodic).
   */
  track?: DossierTrack;
  proposingUnit: { id: string; name: string; level: string };
  /** Ordered from the receiving level up to the deciding level (the last step). */
  approvalPath: ApprovalStep[];
  /** The officer who prepared the dossier; may not review or decide it. */
  authorId: string | null;
  nominee: Nominee;
  achievementsSummary: string;
  /** Whether the award needs a council ballot, and its threshold counted against all members. */
  council: { threshold: { numerator: number; denominator: number } } | null;
  /** Initiatives the award relies on that are not recognised yet; the dossier waits for them. */
  pendingInitiatives: { id: string; title: string }[];
  /** Authors of every initiative the dossier cites (they may not vote on it). */
  initiativeAuthorIds: string[];
  disclosure: { required: boolean; windowWorkingDays: number };
  timeLimits: DossierTimeLimits;
  submittedAt: string;
  /** The user who submitted; null for system imports. */
  submittedBy: string | null;
  /** The role and unit the submitter acted under, for the audit trail; absent in older histories. */
  submittedAs?: RoleGrant | null;
  /** The API request that submitted, for the audit trail. */
  requestId: string | null;
  /**
   * What the submission was not refused for but a reviewer should see (e.g. an unconfirmed
   * provincial cut-off it missed); recorded on the `dossier.submitted` event. Absent in older histories.
   */
  submissionWarnings?: SubmissionWarning[];
}

/** A warning attached to a submission: a stable rule id, a bilingual message and its source. */
export interface SubmissionWarning {
  rule: string;
  message: LocalizedText;
}

/** One entry of the timeline, numbered by the workflow so that its projection is idempotent. */
export interface DossierEvent {
  seq: number;
  type: DossierEventType;
  at: string;
  stage: DossierStage;
  level: string | null;
  actorId: string | null;
  data: Record<string, unknown>;
}

/** An open human step, as the state query shows it. */
export interface OpenDossierTask {
  taskKey: string;
  type: string;
  level: string;
  dueAt: string | null;
}

/** The decision that closed an approved dossier. */
export interface DossierDecisionRecord {
  level: string;
  decidedBy: string | null;
  decidedOn: string;
  /** Number and document come with decisions issued in batches (e.g. `125/QĐ-UBND`). */
  number: string | null;
  decisionId: string | null;
}

/** What the workflow tells about itself through the state query. */
export interface DossierWorkflowState {
  stage: DossierStage;
  /** True once the read model shows the dossier as submitted. */
  recorded: boolean;
  /** Index into the approval path of the level now handling the dossier. */
  levelIndex: number;
  stageDueAt: string | null;
  openTasks: OpenDossierTask[];
  timeline: DossierEvent[];
  outcome: {
    stage: DossierStage;
    reason: string | null;
    decision: DossierDecisionRecord | null;
  } | null;
}

/** How a dossier workflow ended. */
export interface DossierOutcome {
  stage: DossierStage;
  reason: string | null;
  decision: DossierDecisionRecord | null;
}

/** The dossier workflow's signature, for typed starts by name from code that cannot import workflows/. */
export type DossierWorkflow = (input: DossierWorkflowInput) => Promise<DossierOutcome>;
