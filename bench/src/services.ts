import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ensureTemporalCli,
  freePort,
  type RunningDevServer,
  type RunningPostgres,
  sqlitePragmaArgs,
  startTemporalDevServer,
  THROUGHPUT_SQLITE_PRAGMAS,
} from '@tdkt/infra';
import { type SharedServices, startTestPostgres, writeWorkflowBundle } from '@tdkt/testing';

/** What one bench run shares: PostgreSQL, the Temporal dev server, the workflow bundles. */
export interface BenchServices extends SharedServices {
  postgres: RunningPostgres;
  temporal: RunningDevServer;
  /** The bundle of the bare-Temporal baseline's workflow. */
  baselineBundle: string;
  /** A folder of this run's own (logs, bundles, the dev server's file), deleted at the end. */
  scratch: string;
  stop(): Promise<void>;
}

/**
 * A throwaway embedded PostgreSQL with the durability `npm start` has (fsync on: the engine and Flowable
 * pay for their commits as a deployment would), and a Temporal dev server on a SQLite file with the
 * settings of Temporal's own nightly throughput job (write-ahead log, no sync).
 */
export async function startBenchServices(
  postgresSettings: Record<string, string> = {},
): Promise<BenchServices> {
  const scratch = mkdtempSync(join(tmpdir(), 'tdkt-bench-'));
  // As root, PostgreSQL runs as the OS user "postgres", which must be able to enter this folder.
  chmodSync(scratch, 0o755);
  const workflowBundle = join(scratch, 'workflow-bundle.js');
  const baselineBundle = join(scratch, 'baseline-bundle.js');
  const [postgres, temporal] = await Promise.all([
    startTestPostgres({ durable: true, settings: postgresSettings }),
    (async () =>
      startTemporalDevServer({
        binary: await ensureTemporalCli(),
        namespace: 'bench',
        port: await freePort(),
        dbFile: join(scratch, 'temporal.db'),
        logFile: join(scratch, 'temporal.log'),
        extraArgs: sqlitePragmaArgs(THROUGHPUT_SQLITE_PRAGMAS),
      }))(),
    writeWorkflowBundle(workflowBundle),
    writeWorkflowBundle(baselineBundle, require.resolve('./baseline/baseline.workflow')),
  ]);
  return {
    postgres,
    temporal,
    pgAdminUrl: postgres.adminUrl,
    temporalAddress: temporal.address,
    workflowBundle,
    baselineBundle,
    scratch,
    async stop() {
      await temporal.stop();
      await postgres.stop();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
