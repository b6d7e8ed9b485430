import type { LegalInstrument, RuleSet } from '@tdkt/domain';
import { vietnameseLongDate } from './vietnamese-format';

/** The decree on initiatives: a basis only of decisions on dossiers that rely on one. */
const INITIATIVE_CHARTER = 'ND_13_2012';

/**
 * "Căn cứ …" lines for a decision: the rule set's laws and decrees in order — the local-government
 * law of its time first (2015 before the two-tier reform, 2025 after) — with the initiative charter
 * only when a dossier relies on an initiative.
 */
export function legalBases(ruleSet: RuleSet, options: { citesInitiatives: boolean }): string[] {
  const cited = ruleSet.legalBasis.filter(
    (instrument) =>
      (instrument.number.startsWith('Luật') || instrument.number.startsWith('NĐ')) &&
      (options.citesInitiatives || instrument.id !== INITIATIVE_CHARTER),
  );
  return cited.map((instrument) => `Căn cứ ${citation(instrument)};`);
}

function citation(instrument: LegalInstrument): string {
  const date = instrument.issuedOn === null ? '' : ` ${vietnameseLongDate(instrument.issuedOn)}`;
  if (instrument.number.startsWith('Luật')) {
    const number = instrument.number.replace(/^Luật\s+/, '');
    return `${instrument.title.vi} số ${number}${date}`;
  }
  const number = instrument.number.replace(/^NĐ\s+/, '');
  const subject = instrument.title.vi.charAt(0).toLowerCase() + instrument.title.vi.slice(1);
  return `Nghị định số ${number}${date} của Chính phủ ${subject}`;
}
