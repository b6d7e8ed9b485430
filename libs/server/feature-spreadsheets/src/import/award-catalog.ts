import type { NomineeKind } from '@tdkt/contracts';
import type { ServerConfig } from '@tdkt/server-config';
import { ruleSetForSubmissions } from '@tdkt/server-feature-dossier';
import type { AwardCatalog } from './validate-rows';

/** The awards a submission for each year gets, under the rule set it would pin today. */
export function submissionAwardCatalog(
  config: Pick<ServerConfig, 'RULES_AS_OF' | 'RULES_PROFILE'>,
): AwardCatalog {
  return (year) => {
    const ruleSet = ruleSetForSubmissions(config, year);
    return new Map(
      Object.values(ruleSet.awards).map((award) => [
        award.code,
        { name: award.name, nomineeKinds: award.nomineeKinds },
      ]),
    );
  };
}

/** The awards of a year for one kind of nominee, by name, as a list's drop-down offers them. */
export function awardsForKind(
  catalog: AwardCatalog,
  year: number,
  kind: NomineeKind,
): { code: string; name: string }[] {
  return [...(catalog(year)?.entries() ?? [])]
    .filter(([, award]) => award.nomineeKinds.includes(kind))
    .map(([code, award]) => ({ code, name: award.name.vi }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
