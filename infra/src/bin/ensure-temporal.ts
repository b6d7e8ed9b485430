/* eslint-disable no-console -- prints the paths for scripts and people */
import { ensureTemporalCli } from '../temporal/temporal-cli';
import { ensureTemporalTestServer } from '../temporal/temporal-test-server';

/** `npm run temporal:ensure [-- --test-server]`: builds or finds the Temporal binaries and prints their paths. */
async function main(): Promise<void> {
  console.log(`temporal CLI: ${await ensureTemporalCli()}`);
  if (process.argv.includes('--test-server')) {
    console.log(`time-skipping test server: ${await ensureTemporalTestServer()}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
