import { DossierStage } from '@tdkt/contracts';
import { getRuleSet } from '@tdkt/domain';

/** A nominee as the public disclosure page shows it: nothing beyond what the law asks to disclose. */
export interface DisclosedNominee {
  dossierId: string;
  code: string;
  nomineeName: string;
  unitName: string;
  awardName: string;
  year: number;
  achievementsSummary: string;
  /** When the disclosure window closes (the end of the stage); null when it has no deadline. */
  disclosureEndsAt: string | null;
}

export interface PublicObjection {
  filerName: string;
  /** How the reviewers reach the filer: a phone number or an e-mail address. */
  contact: string;
  text: string;
  clientIp: string | null;
}

/** Objections from one address per hour, and from everyone per hour: a flood cannot bury the reviewers. */
export const PER_ADDRESS_PER_HOUR = 5;

export const ALL_PER_HOUR = 300;

export interface DisclosedRow {
  id: string;
  code: string;
  nominee_name: string;
  unit_name: string;
  award_code: string;
  rule_set_id: string | null;
  year: number;
  achievements_summary: string;
  stage_due_at: Date | null;
}

export const OPEN_DISCLOSURE = `d.stage = '${DossierStage.DISCLOSURE}' AND d.closed_at IS NULL
  AND (d.stage_due_at IS NULL OR d.stage_due_at > now())`;

export function disclosed(row: DisclosedRow): DisclosedNominee {
  const ruleSet = row.rule_set_id === null ? null : getRuleSet(row.rule_set_id);
  const award = ruleSet?.awards[row.award_code as keyof typeof ruleSet.awards];
  return {
    dossierId: row.id,
    code: row.code,
    nomineeName: row.nominee_name,
    unitName: row.unit_name,
    awardName: award?.name.vi ?? row.award_code,
    year: row.year,
    achievementsSummary: row.achievements_summary,
    disclosureEndsAt: row.stage_due_at?.toISOString() ?? null,
  };
}
