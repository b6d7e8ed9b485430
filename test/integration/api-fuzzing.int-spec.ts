import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureSchemathesis, runSchemathesis, SCHEMATHESIS_VERSION } from '../support/schemathesis';
import { signInAll, startTestSystem, type TestSystem } from '../support/system';

/**
 * Roles in the order they fuzz: a unit's officer, a level's reviewer, and the administrator last, as
 * fuzzing it disables accounts and revokes roles at random. TDKT_FUZZ_ROLES names others (e.g. add
 * demo.secretary.cm and demo.leader.cm before demo.admin), as scripts/fuzz-api.sh does.
 */
const ROLES = (process.env.TDKT_FUZZ_ROLES ?? 'demo.officer.thlg demo.reviewer.cm demo.admin')
  .split(/\s+/)
  .filter(Boolean);

/** Cases per operation and role: bounded so the run adds a few minutes; scripts/fuzz-api.sh is the long run. */
const MAX_EXAMPLES = Number(process.env.TDKT_FUZZ_EXAMPLES ?? 2);
/** Fixed by default so a failure is reproducible; TDKT_FUZZ_SEED explores other cases. */
const SEED = Number(process.env.TDKT_FUZZ_SEED ?? 20261207);

/**
 * Schemathesis (pinned, from PyPI) against the API's own OpenAPI document, signed in as several roles in
 * turn: no 5xx, every status, content type and body as documented, and malformed input refused.
 */
describe(`the API as its OpenAPI document says (Schemathesis ${SCHEMATHESIS_VERSION})`, () => {
  let system: TestSystem;
  let schemathesis: string;
  const tokens: Record<string, string> = {};
  const reports = mkdtempSync(join(tmpdir(), 'tdkt-fuzz-'));

  beforeAll(async () => {
    [schemathesis, system] = await Promise.all([
      ensureSchemathesis(),
      // Tokens outlive the run; the administrator's fuzzing must not disable the other roles first.
      startTestSystem({ apiEnv: { JWT_ACCESS_TTL_SECONDS: '3600' } }),
    ]);
    await signInAll(system, ROLES, { tokens, ids: {} });
  }, 900_000);
  afterAll(() => system?.stop());

  it.each(ROLES)(
    'finds nothing to report as %s',
    async (username) => {
      const result = await runSchemathesis(schemathesis, {
        schemaUrl: `${system.apiUrl}/api/openapi.json`,
        token: tokens[username] ?? '',
        maxExamples: MAX_EXAMPLES,
        seed: SEED,
        junitPath: join(reports, `${username}.xml`),
        // Sequences of linked calls (the stateful phase) are for the long run, scripts/fuzz-api.sh.
        extraArgs: ['--phases', 'examples,coverage,fuzzing'],
      });
      expect({ exit: result.code, output: result.code === 0 ? '' : result.output }).toEqual({
        exit: 0,
        output: '',
      });
      expect(result.output).toMatch(/\d+ passed/);
    },
    600_000,
  );
});
