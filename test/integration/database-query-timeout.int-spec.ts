import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase, dropTestDatabase } from '@tdkt/testing';
import {
  createDataSourceOptions,
  DiscardOnTimeoutClient,
  isConnectionError,
} from '@tdkt/server-database';
import { TEST_ENV, testEnv } from '../support/test-env';

/**
 * Found by the full fault run: after PostgreSQL was frozen past the driver's query_timeout, a pooled
 * connection went back to the pool inside a failed transaction and every later request on it answered
 * 500 "current transaction is aborted" for minutes. The server-side statement timeout is switched off
 * here so that only the driver gives up, as it does when the server cannot answer at all.
 */
describe('a query the driver gives up on', () => {
  const adminUrl = () => testEnv(TEST_ENV.pgAdminUrl);
  const name = `qtimeout_${randomBytes(4).toString('hex')}`;
  let dataSource: DataSource;

  beforeAll(async () => {
    const url = await createTestDatabase(adminUrl(), name);
    const options = createDataSourceOptions({ url, poolSize: 1, queryTimeoutMs: 10_000 });
    const extra = { ...(options.extra as object), statement_timeout: 0, query_timeout: 300 };
    dataSource = new DataSource({ ...options, extra });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await dropTestDatabase(adminUrl(), name);
  });

  it('does not hand its connection, still inside the failed transaction, to the next request', async () => {
    const runner = dataSource.createQueryRunner();
    await runner.startTransaction();
    // Fails on the server after the driver stopped waiting: the transaction is left aborted.
    const timedOut = await runner.query('SELECT 1 / (random() * 0)::int FROM pg_sleep(1)').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isConnectionError(timedOut)).toBe(true);
    const rollback = await runner.rollbackTransaction().catch((e: unknown) => e);
    if (rollback !== undefined) expect(isConnectionError(rollback)).toBe(true);
    await runner.release();

    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const rows: { ok: number }[] = await dataSource.query('SELECT 1 AS ok');
    expect(rows).toEqual([{ ok: 1 }]);
  });

  /**
   * Found by the full fault run: PostgreSQL restarting sent "terminating connection due to
   * administrator command" to a connection that had no 'error' listener (the pool listens only on
   * idle ones), and the API process died of an unhandled 'error' event. Jest fails a test on it.
   */
  it('survives the server ending a connection nobody is listening on', async () => {
    const url = (dataSource.options as { url: string }).url;
    const client = new DiscardOnTimeoutClient({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');

    const admin = new Client({ connectionString: adminUrl() });
    await admin.connect();
    try {
      await admin.query('SELECT pg_terminate_backend($1)', [rows[0]?.pid]);
    } finally {
      await admin.end();
    }
    await new Promise((resolve) => setTimeout(resolve, 500));

    await expect(client.query('SELECT 1')).rejects.toThrow();
    await client.end().catch(() => undefined);
    const after: { ok: number }[] = await dataSource.query('SELECT 1 AS ok');
    expect(after).toEqual([{ ok: 1 }]);
  });
});
