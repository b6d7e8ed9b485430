import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';

/** Where recorded workflow histories live: one folder per workflow type, one JSON file per branch. */
export const HISTORIES_DIR = join(__dirname, '..', 'replay', 'histories');

/**
 * With TDKT_RECORD_HISTORIES=1, saves a finished workflow's history for the replay suite. Histories are
 * recorded when a released workflow gains a branch, and never rewritten after a release: replaying
 * them against new code is what proves a change is compatible (or needs `patched()`).
 */
export async function recordHistory(
  handle: WorkflowHandle,
  workflowType: string,
  branch: string,
): Promise<void> {
  if (process.env.TDKT_RECORD_HISTORIES !== '1') return;
  const history = await handle.fetchHistory();
  const folder = join(HISTORIES_DIR, workflowType);
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, `${branch}.json`),
    `${JSON.stringify(JSON.parse(historyToJSON(history)), null, 2)}\n`,
  );
}

/** Every recorded history as { workflowId, path }, for Worker.runReplayHistories. */
export function recordedHistories(): { workflowType: string; branch: string; path: string }[] {
  let types: string[];
  try {
    types = readdirSync(HISTORIES_DIR);
  } catch {
    return [];
  }
  return types.flatMap((workflowType) =>
    readdirSync(join(HISTORIES_DIR, workflowType))
      .filter((file) => file.endsWith('.json'))
      .map((file) => ({
        workflowType,
        branch: file.replace(/\.json$/, ''),
        path: join(HISTORIES_DIR, workflowType, file),
      })),
  );
}
