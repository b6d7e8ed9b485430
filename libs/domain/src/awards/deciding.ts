import { AwardNotInRuleSetError, DomainValidationError, fieldIssue } from '../shared/errors';
import type {
  AwardDefinition,
  DecidingAuthority,
  OrganisationLevel,
  RuleSet,
} from '../rules/types';
import { AWARD_CODES, isAwardCode, type AwardCode } from './codes';
import { DOCUMENTS, type DocumentDefinition } from './documents';

/** The award's definition in `ruleSet`; throws a validation error for unknown codes. */
export function awardOf(ruleSet: RuleSet, awardCode: string): AwardDefinition {
  if (!isAwardCode(awardCode)) {
    throw new DomainValidationError([
      fieldIssue('awardCode', 'known-award-code', {
        vi: `mã danh hiệu/hình thức khen thưởng "${awardCode}" không tồn tại`,
        en: `award code "${awardCode}" is not known`,
      }),
    ]);
  }
  const award = ruleSet.awards[awardCode];
  if (award === undefined) throw new AwardNotInRuleSetError(awardCode, ruleSet.id);
  return award;
}

/** The awards of a rule set, in catalogue order. */
export function awardsOf(ruleSet: RuleSet): AwardDefinition[] {
  return AWARD_CODES.flatMap((code) => {
    const award = ruleSet.awards[code];
    return award === undefined ? [] : [award];
  });
}

/** The level with this id if units at it can propose awards under `ruleSet`. */
export function proposingLevel(ruleSet: RuleSet, levelId: string): OrganisationLevel | undefined {
  return ruleSet.levels.find((level) => level.id === levelId && level.proposing);
}

function assertProposingLevel(ruleSet: RuleSet, levelId: string): OrganisationLevel {
  const level = proposingLevel(ruleSet, levelId);
  if (!level) {
    throw new DomainValidationError([
      fieldIssue('unitLevel', 'level-in-rule-set', {
        vi: `cấp "${levelId}" không có trong bộ quy tắc ${ruleSet.id} (các cấp: ${proposingIds(ruleSet)})`,
        en: `level "${levelId}" does not exist in rule set ${ruleSet.id} (levels: ${proposingIds(ruleSet)})`,
      }),
    ]);
  }
  return level;
}

function proposingIds(ruleSet: RuleSet): string {
  return ruleSet.levels
    .filter((level) => level.proposing)
    .map((level) => level.id)
    .join(', ');
}

/** Who decides `award` for a unit at `unitLevel` under `ruleSet`. */
export function decidingAuthority(
  awardCode: AwardCode,
  unitLevel: string,
  ruleSet: RuleSet,
): DecidingAuthority {
  const award = awardOf(ruleSet, awardCode);
  assertProposingLevel(ruleSet, unitLevel);
  if (award.deciding.kind === 'fixed') return award.deciding.authority;
  const authority = award.deciding.byUnitLevel[unitLevel];
  if (!authority) {
    throw new DomainValidationError([
      fieldIssue('unitLevel', 'award-available-at-level', {
        vi: `${award.name.vi} không được đề nghị từ cấp "${unitLevel}"`,
        en: `${award.name.en} cannot be proposed from level "${unitLevel}"`,
      }),
    ]);
  }
  return authority;
}

/**
 * The levels a dossier passes through, from the proposing unit's level up to the deciding level,
 * e.g. ['district', 'province'] for a provincial Bằng khen proposed by a school under a district.
 */
export function approvalPath(awardCode: AwardCode, unitLevel: string, ruleSet: RuleSet): string[] {
  const target = decidingAuthority(awardCode, unitLevel, ruleSet).level;
  const path: string[] = [];
  let current: OrganisationLevel | undefined = assertProposingLevel(ruleSet, unitLevel);
  while (current) {
    path.push(current.id);
    if (current.id === target) return path;
    const parentId: string | null = current.parent;
    current = ruleSet.levels.find((level) => level.id === parentId);
  }
  throw new DomainValidationError([
    fieldIssue('unitLevel', 'reaches-deciding-level', {
      vi: `không có đường trình từ cấp "${unitLevel}" đến cấp "${target}"`,
      en: `no escalation path from level "${unitLevel}" to level "${target}"`,
    }),
  ]);
}

/** The documents a dossier for `award` must contain under `ruleSet`. */
export function requiredDocuments(awardCode: AwardCode, ruleSet: RuleSet): DocumentDefinition[] {
  return awardOf(ruleSet, awardCode).documents.map((code) => DOCUMENTS[code]);
}
