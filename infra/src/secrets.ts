import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A secret kept in a file of the data folder: read when it exists, otherwise made from `bytes` random
 * bytes and written readable by the owner only. The data folder is git-ignored, so it never reaches git.
 */
export function readOrCreateSecret(
  path: string,
  bytes: number,
): { value: string; created: boolean } {
  if (existsSync(path)) {
    const value = readFileSync(path, 'utf8').trim();
    if (value !== '') return { value, created: false };
  }
  const value = randomBytes(bytes).toString('base64url');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${value}\n`, { mode: 0o600 });
  return { value, created: true };
}
