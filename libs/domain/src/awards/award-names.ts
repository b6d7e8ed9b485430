import type { AwardDefinition } from '../rules/types';
import type { LocalizedText } from '../shared/localized-text';

const PEOPLES_COMMITTEE = /^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+/i;

/** "UBND Thành phố Đồng Nai" → "Ủy ban nhân dân Thành phố Đồng Nai". */
export function peoplesCommitteeFullName(unitName: string): string {
  return unitName.replace(/^UBND\s+/, 'Ủy ban nhân dân ');
}

/**
 * An award named after the body that gives it, as its decision and certificate write it on a date:
 * "Bằng khen của Chủ tịch Ủy ban nhân dân Thành phố Đồng Nai" when the deciding People's Committee
 * bears that name on the decision date (the organisation tree's dated names), "Cờ thi đua của Ủy ban
 * nhân dân …" for the committee's flag. Titles (LĐTT, CSTĐCS…) and awards given by a body that is
 * not a People's Committee keep their catalogue name.
 */
export function awardNameUnder(award: AwardDefinition, deciderUnitName: string): LocalizedText {
  const issuedAs = award.issuedAs;
  if (issuedAs === undefined || !PEOPLES_COMMITTEE.test(deciderUnitName)) return award.name;
  const committee = peoplesCommitteeFullName(deciderUnitName);
  const of =
    issuedAs.by === 'chairman'
      ? { vi: `của Chủ tịch ${committee}`, en: `of the Chairman of ${deciderUnitName}` }
      : { vi: `của ${committee}`, en: `of ${deciderUnitName}` };
  const suffix = issuedAs.suffix;
  return {
    vi: `${issuedAs.form.vi} ${of.vi}${suffix ? ` ${suffix.vi}` : ''}`,
    en: `${issuedAs.form.en} ${of.en}${suffix ? ` ${suffix.en}` : ''}`,
  };
}
