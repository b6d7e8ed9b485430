import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The 2024 plan document exactly as the seed imports it. */
export const SEED_PLAN_SOURCE = readFileSync(
  join(__dirname, '..', '..', 'infra', 'seed', 'plan-2024.yaml'),
  'utf8',
);

/**
 * The seed plan with each `[from, to]` edit applied once. An edit whose text is not in the document
 * throws, so a reformatted seed file breaks the test loudly instead of silently testing the original.
 */
export function editedSeedPlan(...edits: [from: string, to: string][]): string {
  return edits.reduce((source, [from, to]) => {
    if (!source.includes(from)) throw new Error(`the seed plan has no ${JSON.stringify(from)}`);
    return source.replace(from, to);
  }, SEED_PLAN_SOURCE);
}
