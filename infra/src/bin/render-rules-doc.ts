import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRulesMarkdown } from '../rules-doc/render-rules-markdown';
import { info } from '../log';
import { WORKSPACE_ROOT } from '../paths';

/** Writes docs/rules.md from the domain library's rule data (`npm run docs:rules`). */
const target = join(WORKSPACE_ROOT, 'docs', 'rules.md');
writeFileSync(target, renderRulesMarkdown());
info(`Wrote ${target}`);
