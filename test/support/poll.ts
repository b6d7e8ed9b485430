import { setTimeout as delay } from 'node:timers/promises';

/**
 * Reads again until `done` accepts what was read, and returns it; fails with the last value read once
 * `timeoutMs` has passed (generous: a loaded 2-core CI is slow, and a pass returns at once anyway).
 */
export async function until<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`not reached in time: ${JSON.stringify(value)}`);
    await delay(200);
  }
}
