import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root: the nearest folder above this file that holds nx.json. */
export const WORKSPACE_ROOT = findWorkspaceRoot(__dirname);

/** Runtime data of the embedded services (PostgreSQL cluster, Temporal SQLite file). Git-ignored. */
export function dataDir(): string {
  return resolve(process.env.TDKT_DATA_DIR ?? join(WORKSPACE_ROOT, '.data'));
}

/** Built tools (Temporal CLI, Java test server classpath). Git-ignored; TDKT_CACHE_DIR may share it between clones. */
export function cacheDir(): string {
  return resolve(process.env.TDKT_CACHE_DIR ?? join(WORKSPACE_ROOT, '.cache'));
}

function findWorkspaceRoot(start: string): string {
  let current = start;
  while (!existsSync(join(current, 'nx.json'))) {
    const parent = dirname(current);
    if (parent === current) throw new Error(`nx.json not found above ${start}`);
    current = parent;
  }
  return current;
}
