import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestDatabase, dropTestDatabase } from '@tdkt/testing';
import { createDataSourceOptions, isConnectionError } from '@tdkt/server-database';
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
});
