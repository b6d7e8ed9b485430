import type { ThrottlerStorage } from '@nestjs/throttler';
import type { DataSource } from 'typeorm';

/** How often windows long past are deleted. */
const SWEEP_MS = 10 * 60_000;

/**
 * The rate limits' counters in PostgreSQL, so that every API process counts the same requests (a
 * limit per process multiplies with the processes). A fixed window per key: the first request opens
 * it for `ttl`; past `limit` requests within it, the key is blocked for `blockDuration`. One statement
 * per request, atomic across processes.
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly dataSource: DataSource) {
    // Never keeps the process alive by itself.
    setInterval(() => void this.forgetOldWindows(), SWEEP_MS).unref();
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number) {
    const [row] = await this.dataSource.query<
      { hits: number; expires_in_ms: number; blocked_for_ms: number | null }[]
    >(
      `INSERT INTO rate_limit_windows AS w (key, hits, window_ends_at, blocked_until)
       VALUES ($1, 1, clock_timestamp() + make_interval(secs => $2 / 1000.0),
               CASE WHEN 1 > $3 THEN clock_timestamp() + make_interval(secs => $4 / 1000.0) END)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN w.window_ends_at <= clock_timestamp() THEN 1 ELSE w.hits + 1 END,
         window_ends_at = CASE WHEN w.window_ends_at <= clock_timestamp()
                               THEN clock_timestamp() + make_interval(secs => $2 / 1000.0)
                               ELSE w.window_ends_at END,
         blocked_until = CASE
           WHEN w.blocked_until > clock_timestamp() THEN w.blocked_until
           WHEN (CASE WHEN w.window_ends_at <= clock_timestamp() THEN 1 ELSE w.hits + 1 END) > $3
             THEN clock_timestamp() + make_interval(secs => $4 / 1000.0)
         END
       RETURNING hits,
                 extract(epoch FROM window_ends_at - clock_timestamp()) * 1000 AS expires_in_ms,
                 extract(epoch FROM blocked_until - clock_timestamp()) * 1000 AS blocked_for_ms`,
      [key, ttl, limit, blockDuration],
    );
    const blockedForMs = Number(row?.blocked_for_ms ?? 0);
    return {
      totalHits: row?.hits ?? 1,
      timeToExpire: Math.max(0, Math.ceil(Number(row?.expires_in_ms ?? 0) / 1000)),
      isBlocked: blockedForMs > 0,
      timeToBlockExpire: blockedForMs > 0 ? Math.ceil(blockedForMs / 1000) : 0,
    };
  }

  private async forgetOldWindows(): Promise<void> {
    await this.dataSource
      .query(
        `DELETE FROM rate_limit_windows
          WHERE window_ends_at < now() - interval '1 hour'
            AND (blocked_until IS NULL OR blocked_until < now())`,
      )
      .catch(() => undefined);
  }
}
