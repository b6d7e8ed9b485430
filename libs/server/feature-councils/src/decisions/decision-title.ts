import { awardNameUnder, awardOf, getRuleSet } from '@tdkt/domain';

/**
 * The subject line of a decision ("Về việc …"): naming the award when the decision gives one, the
 * year's achievements when it gives several.
 */
export function decisionTitle(
  awards: { awardCode: string; ruleSetId: string }[],
  year: number,
  issuerName: string,
): string {
  const codes = [...new Set(awards.map((award) => award.awardCode))];
  const first = awards[0];
  if (codes.length !== 1 || first === undefined)
    return `Về việc khen thưởng thành tích năm ${year}`;
  const award = awardOf(getRuleSet(first.ruleSetId), first.awardCode);
  return award.kind === 'emulation-title'
    ? `Về việc tặng danh hiệu “${award.name.vi}” năm ${year}`
    : `Về việc tặng ${awardNameUnder(award, issuerName).vi}`;
}
