import type { AchievementClaim, AwardCode, InitiativeScope, NomineeKind } from '../awards/codes';
import type { DocumentCode } from '../awards/documents';
import type { IsoDate } from '../calendar/iso-date';
import type { LegalRef } from '../shared/legal-ref';
import type { LocalizedText } from '../shared/localized-text';

/** A law, decree, circular or decision a rule set rests on. */
export interface LegalInstrument {
  readonly id: string;
  readonly number: string;
  readonly title: LocalizedText;
  /** Signing date; null when not confirmed from the text. */
  readonly issuedOn: IsoDate | null;
  readonly effectiveFrom?: IsoDate;
  readonly note?: string;
}

/** An administrative level (national, province, district, commune) as the rule set knows it. */
export interface OrganisationLevel {
  readonly id: string;
  readonly name: LocalizedText;
  /** The level a dossier escalates to next; null at the top. */
  readonly parent: string | null;
  /** Whether units at this level propose awards through this engine. */
  readonly proposing: boolean;
  /** The body that appraises dossiers at this level (cơ quan thường trực). */
  readonly emulationBody: LocalizedText;
}

/** A fraction; used for vote thresholds and quorums so comparisons stay in integers. */
export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
}

/** Who decides an award: the level and the office holder. */
export interface DecidingAuthority {
  readonly level: string;
  readonly decider: LocalizedText;
}

/** How the deciding authority follows from the proposing unit's level. */
export type DecidingRule =
  | { readonly kind: 'fixed'; readonly authority: DecidingAuthority; readonly legalRef: LegalRef }
  | {
      readonly kind: 'by-unit-level';
      readonly byUnitLevel: Readonly<Record<string, DecidingAuthority>>;
      readonly legalRef: LegalRef;
    };

/** A council vote an award needs, counted against all council members. */
export interface BallotRule {
  readonly threshold: Ratio;
  readonly basis: 'all-members';
  readonly council: LocalizedText;
  readonly legalRef: LegalRef;
}

/** Whether a criterion comes from national law or from a provincial regulation used as a model. */
export type CriterionOrigin = 'law' | 'provincial-model';

interface CriterionBase {
  readonly legalRef: LegalRef;
  readonly origin: CriterionOrigin;
}

/** One of several alternative ways to meet an award's standard, with the criteria it needs. */
export interface CriterionRoute {
  /** Stable within its award, e.g. `consecutive-cstdcs`; shown to reviewers. */
  readonly id: string;
  readonly label: LocalizedText;
  readonly criteria: readonly Criterion[];
}

/** One eligibility rule, as data; the evaluator interprets it and the docs describe it. */
export type Criterion = CriterionBase &
  (
    | { readonly kind: 'rating-at-least'; readonly minimum: 'HTTNV' | 'HTXS' }
    | { readonly kind: 'ldtt-standard' }
    | { readonly kind: 'htxs-or-initiative'; readonly initiativeScope: InitiativeScope }
    | {
        readonly kind: 'consecutive-titles';
        readonly titleCode: AwardCode;
        readonly count: number;
        /** Years between two consecutive titles: 1 for yearly titles, 3 for the 3-year provincial CSTĐ. */
        readonly intervalYears: number;
      }
    | {
        readonly kind: 'initiative';
        readonly minimumScope: InitiativeScope;
        /** How many award years (ending at the award year) an initiative may come from. */
        readonly periodYears: number;
      }
    | {
        readonly kind: 'bang-khen-record';
        readonly consecutiveCstdcs: number;
        readonly htxsYears: number;
        readonly unitInitiatives: number;
      }
    | { readonly kind: 'collective-excellence-years'; readonly years: number }
    | { readonly kind: 'member-ldtt-share'; readonly minimumPercent: number }
    | { readonly kind: 'no-disciplined-members' }
    | { readonly kind: 'all-members-completed' }
    | { readonly kind: 'has-cstdcs-member' }
    | { readonly kind: 'cluster-leader' }
    /** Met when any one route is met (e.g. Bằng khen: "đạt một trong các tiêu chuẩn sau đây"). */
    | { readonly kind: 'any-of'; readonly routes: readonly CriterionRoute[] }
    /**
     * An achievement no record proves: met when the unit states it in the dossier, for the
     * reviewers to judge; `confirmed` is false while the route's text is not checked.
     */
    | {
        readonly kind: 'claimed-achievement';
        readonly achievement: AchievementClaim;
        readonly confirmed: boolean;
      }
  );

/** A bonus multiple of the base salary, in thousandths (300 = 0.3×) so money math stays integral. */
export interface BonusCoefficient {
  readonly thousandths: number;
  readonly legalRef: LegalRef;
  readonly confirmed: boolean;
}

/** Emulation titles (danh hiệu thi đua) versus forms of commendation (hình thức khen thưởng). */
export type AwardKind = 'emulation-title' | 'commendation';

/** Everything the engine knows about one award under one rule set. */
export interface AwardDefinition {
  readonly code: AwardCode;
  readonly name: LocalizedText;
  readonly kind: AwardKind;
  readonly nomineeKinds: readonly NomineeKind[];
  /** Ad-hoc award (khen thưởng đột xuất) handled by the simplified procedure. */
  readonly simplifiedProcedure: boolean;
  /** The track its dossiers follow; absent for the periodic (year-end) track. */
  readonly track?: DossierTrack;
  readonly deciding: DecidingRule;
  readonly criteria: Readonly<Partial<Record<NomineeKind, readonly Criterion[]>>>;
  readonly ballot: BallotRule | null;
  readonly documents: readonly DocumentCode[];
  readonly bonus: Readonly<Partial<Record<NomineeKind, BonusCoefficient>>>;
  readonly legalRefs: readonly LegalRef[];
  /**
   * For a form named after the body that gives it (Giấy khen, Bằng khen, Cờ thi đua): the form and
   * whether it is the chairman's or the committee's, so documents name the deciding People's
   * Committee as it is called on their date (see `awardNameUnder`).
   */
  readonly issuedAs?: {
    readonly form: LocalizedText;
    readonly by: 'chairman' | 'committee';
    readonly suffix?: LocalizedText;
  };
}

/**
 * The tracks a dossier may follow: periodic (year-end titles and commendations), ad-hoc
 * (khen thưởng đột xuất, simplified procedure), thematic (khen thưởng theo chuyên đề) and central
 * (proposed by the province to the Prime Minister or the President).
 */
export type DossierTrack = 'periodic' | 'ad-hoc' | 'thematic' | 'central';

/**
 * The simplified procedure (thủ tục đơn giản) for the awards that take it: its own appraisal and
 * decision limits, and whether the nominees are disclosed before the decision.
 */
export interface SimplifiedProcedureRule {
  readonly reviewWorkingDays: number;
  readonly decisionWorkingDays: number;
  readonly publicDisclosure: boolean;
  /** The article that provides for the procedure. */
  readonly legalRef: LegalRef;
  readonly sources: Readonly<
    Record<'reviewWorkingDays' | 'decisionWorkingDays' | 'publicDisclosure', TimeLimitSource>
  >;
}

/** Time limits, all in working days except the initiative decision (months). */
export interface TimeLimits {
  /** Appraisal by the emulation body from a complete dossier. */
  readonly unitReviewWorkingDays: number;
  /** How long a unit has to supplement an incomplete dossier. */
  readonly supplementationWorkingDays: number;
  /** Decision on an initiative application. */
  readonly initiativeRecognitionMonths: number;
  /** When to remind the assignee, in working days before a due date. */
  readonly reminderOffsetsWorkingDays: readonly number[];
  /** Working days after a due date before a task is escalated as overdue. */
  readonly overdueGraceWorkingDays: number;
  /** MOHA returns an ineligible central dossier within this many working days. */
  readonly centralReturnIneligibleWorkingDays: number;
  /** MOHA submits a complete central dossier to the Prime Minister within this many working days. */
  readonly centralReviewWorkingDays: number;
}

/** Where a time limit comes from, or that it is a project default. */
export interface TimeLimitSource {
  readonly status: 'confirmed' | 'unconfirmed' | 'policy-default';
  readonly legalRef: LegalRef | null;
}

/** Quorum of an Emulation & Commendation Council meeting. */
export interface QuorumRule {
  readonly minimumPresent: Ratio;
  /** Stricter attendance for sessions that vote on awards. */
  readonly awardSessionMinimumPresent: Ratio;
  readonly absentMembersGiveWrittenOpinion: boolean;
  readonly legalRef: LegalRef;
  readonly confirmed: boolean;
}

/** Public disclosure (công khai) of nominees before the decision. */
export interface PublicDisclosureRule {
  readonly required: boolean;
  readonly windowWorkingDays: number;
  readonly legalRef: LegalRef;
}

/**
 * A provincial cap on the share of a unit's people who may receive an award: at most `percent` % of
 * `of` (e.g. of the unit's Advanced Worker title holders), rounded down.
 */
export interface RatioCap {
  readonly percent: number;
  readonly of: LocalizedText;
  readonly confirmed: boolean;
  readonly note?: string;
  /** Where the cap comes from, or the text it was modelled on until the province's own is checked. */
  readonly legalRef: LegalRef;
}

/**
 * A yearly submission cut-off set by a province (e.g. year-end dossiers before 10/12): a dossier it
 * binds may not be submitted after `monthDay` of its award year.
 */
export interface SubmissionCutoff {
  readonly id: string;
  readonly name: LocalizedText;
  /** `MM-DD` within the award year. */
  readonly monthDay: string;
  /**
   * The awards it binds: a list, `'all'`, or `'periodic'` — every award except the ad-hoc ones
   * handled by the simplified procedure (khen thưởng đột xuất), which have no yearly deadline.
   */
  readonly awardCodes: readonly AwardCode[] | 'all' | 'periodic';
  /**
   * The proposing units it binds, by their level code in the organisation tree (`units.level`,
   * e.g. `school`), or `'all'`. For a unit it names, a cut-off naming levels replaces the general
   * (`'all'`) ones: schools follow the school year, not the calendar year.
   */
  readonly unitLevels: readonly string[] | 'all';
  /**
   * The dossiers it binds by where they are decided: the level ids of the deciding authority (e.g.
   * `province`, `national` for dossiers sent to the provincial department), or `'all'`.
   */
  readonly decidingLevels: readonly string[] | 'all';
  readonly confirmed: boolean;
  readonly note?: string;
  /** Where the date comes from, or the text it was modelled on until the province's own is checked. */
  readonly legalRef: LegalRef;
}

/** A value not yet checked against a retrieved legal text, and where to override it. */
export interface UnconfirmedItem {
  readonly path: string;
  readonly note: LocalizedText;
  /** The provincial-profile field that overrides it, or null if only a new rule set can. */
  readonly configurableVia: string | null;
}

/** How bonuses are rounded after multiplying by the base salary. */
export interface BonusRounding {
  readonly toNearestVnd: number;
  readonly direction: 'up';
  readonly legalRef: LegalRef;
}

/** A versioned, immutable set of legal rules, effective over a date range. */
export interface RuleSet {
  readonly id: string;
  readonly baseId: string;
  readonly profileId: string | null;
  readonly name: LocalizedText;
  readonly effectiveFrom: IsoDate;
  /** Last day in force; null while open-ended. */
  readonly effectiveTo: IsoDate | null;
  readonly legalBasis: readonly LegalInstrument[];
  readonly levels: readonly OrganisationLevel[];
  /** Why these levels exist (e.g. the two-tier reform that abolished districts). */
  readonly levelsLegalRef: LegalRef;
  /** The awards of this rule set; later rule sets may add some (e.g. thematic commendation). */
  readonly awards: Readonly<Partial<Record<AwardCode, AwardDefinition>>>;
  readonly timeLimits: TimeLimits;
  readonly timeLimitSources: Readonly<Record<keyof TimeLimits, TimeLimitSource>>;
  readonly quorum: QuorumRule;
  readonly publicDisclosure: PublicDisclosureRule;
  readonly simplifiedProcedure: SimplifiedProcedureRule;
  readonly registration: { readonly requiredForTitles: boolean; readonly legalRef: LegalRef };
  readonly councilBallot: { readonly secret: boolean; readonly legalRef: LegalRef };
  readonly initiativeCouncilThreshold: BallotRule;
  readonly initiativeSingleUse: LegalRef;
  readonly pendingProceedingsBar: LegalRef;
  readonly bonusRounding: BonusRounding;
  readonly ratioCaps: Readonly<Partial<Record<AwardCode, RatioCap>>>;
  readonly submissionCutoffs: readonly SubmissionCutoff[];
  /** How dossiers received under the rule set before this one are handled; null if nothing is said. */
  readonly transition: TransitionRule | null;
  /** A principle giving priority to some nominees (reported to reviewers, never a refusal). */
  readonly priorityAreas: PriorityPrinciple | null;
  readonly unconfirmed: readonly UnconfirmedItem[];
}

/**
 * A dossier received for appraisal before `receivedBefore` stays under `previous` unless this rule
 * set is more favourable to the nominee (e.g. Law 06/2026/QH16 for dossiers received before 1/10/2026).
 */
export interface TransitionRule {
  readonly previous: string;
  readonly receivedBefore: IsoDate;
  readonly legalRef: LegalRef;
  readonly confirmed: boolean;
}

/** Priority for nominees in some areas (ethnic-minority and mountain areas). */
export interface PriorityPrinciple {
  readonly name: LocalizedText;
  readonly legalRef: LegalRef;
  readonly confirmed: boolean;
}
