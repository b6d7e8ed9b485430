import { AppError, type ApprovalStep, type DossierTimeLimits } from '@tdkt/contracts';
import {
  approvalPath,
  awardOf,
  dossierProcedure,
  RULE_SETS,
  type AwardCode,
  type DossierTrack,
  type OrganisationLevel,
  type RuleSet,
} from '@tdkt/domain';

/** A unit on the way from the proposing unit up to the root of the organisation tree. */
export interface UnitOnPath {
  id: string;
  name: string;
  level: string;
  externalEndpointUrl: string | null;
}

export interface DossierRoute {
  /** The administrative level the proposing unit belongs to (e.g. a school under a district: `district`). */
  proposingLevel: string;
  /** The dossier's track (periodic, ad-hoc, thematic, central), from the award's rules. */
  track: DossierTrack;
  /** Whether the simplified procedure applies: its own limits, no disclosure where its rule says so. */
  simplified: boolean;
  approvalPath: ApprovalStep[];
  council: { threshold: { numerator: number; denominator: number } } | null;
  disclosure: { required: boolean; windowWorkingDays: number };
  timeLimits: DossierTimeLimits;
}

/** Project defaults for steps the law gives no time limit; documented in docs/rules.md. */
export const POLICY_TIME_LIMITS = {
  decisionWorkingDays: 10,
  objectionReviewWorkingDays: 5,
} as const;

/** Levels any released rule set knows as administrative levels (province, district, commune, national). */
const ADMINISTRATIVE_LEVELS = new Set(
  Object.values(RULE_SETS).flatMap((ruleSet) => ruleSet.levels.map((level) => level.id)),
);

/** The top level, which proposes nothing itself: the central board, outside any province's tree. */
function isCentral(level: OrganisationLevel): boolean {
  return level.parent === null && !level.proposing;
}

/**
 * Where a dossier goes under a rule set: the proposing unit's administrative level, the levels it
 * passes through up to the deciding one and the unit acting for each, the council threshold, the
 * disclosure window and the time limits. `chain` is the proposing unit first, then its ancestors.
 */
export function planDossierRoute(
  ruleSet: RuleSet,
  awardCode: AwardCode,
  chain: UnitOnPath[],
): DossierRoute {
  const administrative = chain.filter((unit) => ADMINISTRATIVE_LEVELS.has(unit.level));
  const unknown = administrative.find(
    (unit) => !ruleSet.levels.some((level) => level.id === unit.level),
  );
  if (unknown !== undefined) {
    throw new AppError('RULES_NOT_APPLICABLE', [], {
      vi: `Đơn vị "${unknown.name}" thuộc cấp "${unknown.level}", không còn trong bộ quy tắc ${ruleSet.id}; cần sắp xếp lại cây tổ chức trước khi nộp hồ sơ.`,
      en: `Unit "${unknown.name}" is at level "${unknown.level}", which rule set ${ruleSet.id} no longer has; reorganise the unit tree before submitting.`,
    });
  }
  const proposing = administrative.find((unit) =>
    ruleSet.levels.some((level) => level.id === unit.level && level.proposing),
  );
  if (proposing === undefined) {
    throw new AppError('RULES_NOT_APPLICABLE', [], {
      vi: 'Đơn vị đề nghị không thuộc cấp hành chính nào có thẩm quyền đề nghị khen thưởng.',
      en: 'The proposing unit belongs to no administrative level that may propose awards.',
    });
  }
  const levels = approvalPath(awardCode, proposing.level, ruleSet);
  const steps = levels.map((levelId): ApprovalStep => {
    const level = ruleSet.levels.find((candidate) => candidate.id === levelId);
    const unit = administrative.find((candidate) => candidate.level === levelId);
    const sender = administrative.at(-1);
    if (level !== undefined && unit === undefined && isCentral(level) && sender !== undefined) {
      // The central board runs outside the engine: the province sends, and follows, the dossier.
      return {
        level: levelId,
        levelName: level.name,
        unitId: sender.id,
        unitName: level.emulationBody.vi,
        central: true,
      };
    }
    if (level === undefined || unit === undefined) {
      throw new AppError('RULES_NOT_APPLICABLE', [], {
        vi: `Không có đơn vị nào đại diện cấp "${levelId}" trong cây tổ chức của đơn vị đề nghị.`,
        en: `No unit acts for level "${levelId}" above the proposing unit.`,
      });
    }
    return {
      level: levelId,
      levelName: level.name,
      unitId: unit.id,
      unitName: unit.name,
      ...(unit.externalEndpointUrl ? { externalEndpoint: unit.externalEndpointUrl } : {}),
    };
  });
  const award = awardOf(ruleSet, awardCode);
  const procedure = dossierProcedure(ruleSet, awardCode);
  const limits = ruleSet.timeLimits;
  return {
    proposingLevel: proposing.level,
    track: procedure.track,
    simplified: procedure.simplified,
    approvalPath: steps,
    council: award.ballot ? { threshold: { ...award.ballot.threshold } } : null,
    disclosure: {
      required: procedure.publicDisclosure,
      windowWorkingDays: ruleSet.publicDisclosure.windowWorkingDays,
    },
    timeLimits: {
      reviewWorkingDays: procedure.reviewWorkingDays,
      supplementationWorkingDays: limits.supplementationWorkingDays,
      reminderOffsetsWorkingDays: [...limits.reminderOffsetsWorkingDays],
      overdueGraceWorkingDays: limits.overdueGraceWorkingDays,
      ...POLICY_TIME_LIMITS,
      centralReviewWorkingDays: limits.centralReviewWorkingDays,
      ...(procedure.decisionWorkingDays === null
        ? {}
        : { decisionWorkingDays: procedure.decisionWorkingDays }),
    },
  };
}
