import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The committed API types (src/api/schema.gen.ts) are what the API's routes produce now: a changed
 * route, DTO or decorator without `npm run api:client` fails here, not in a browser.
 */
describe("the web app's API client", () => {
  it("matches the API's OpenAPI document", () => {
    const workspace = join(__dirname, '..', '..', '..');
    const run = () =>
      execFileSync(
        process.execPath,
        ['-r', '@swc-node/register', join(__dirname, 'generate-api-client.ts'), '--check'],
        { cwd: workspace, encoding: 'utf8', stdio: 'pipe' },
      );
    expect(run()).toContain("matches the API's OpenAPI document");
  }, 120_000);
});
