import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AWARD_CODES, RULE_SETS } from '@tdkt/domain';
import { WORKSPACE_ROOT } from '../paths';
import { markdownTable } from './markdown';
import { renderRulesMarkdown } from './render-rules-markdown';

const DOC = join(WORKSPACE_ROOT, 'docs', 'rules.md');

describe('docs/rules.md', () => {
  it('is up to date with the rule data', () => {
    const committed = readFileSync(DOC, 'utf8');
    if (committed !== renderRulesMarkdown()) {
      throw new Error('docs/rules.md is stale: run `npm run docs:rules` and commit the result.');
    }
  });

  it('covers every rule set, award, unconfirmed value and official holiday year', () => {
    const doc = renderRulesMarkdown();
    for (const ruleSet of Object.values(RULE_SETS)) {
      expect(doc).toContain(`## \`${ruleSet.id}\``);
      for (const item of ruleSet.unconfirmed) expect(doc).toContain(item.path);
    }
    for (const code of AWARD_CODES) expect(doc).toContain(`#### \`${code}\``);
    for (const year of [2024, 2025, 2026]) expect(doc).toContain(`### ${year} (official)`);
    expect(doc).toContain('Thông báo 9441/TB-BNV');
  });

  it('pads tables to the widest cell, as Prettier does', () => {
    expect(markdownTable(['A', 'Bb'], [['Tết', 'x|y']])).toBe(
      ['| A   | Bb   |', '| --- | ---- |', '| Tết | x\\|y |'].join('\n'),
    );
  });
});
