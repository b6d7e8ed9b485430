import { readFileSync } from 'node:fs';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { recordedHistories } from '../support/histories';
import { TEST_ENV, testEnv } from '../support/test-env';

/**
 * Replays every recorded history against the current workflow code. A failure means a change to a
 * released workflow altered its command sequence without `patched()`: running workflows would break.
 */
describe('replay of recorded workflow histories', () => {
  it('replays every recorded history deterministically', async () => {
    const histories = recordedHistories();
    expect(histories.length).toBeGreaterThan(0);

    const results = Worker.runReplayHistories(
      { workflowBundle: { code: readFileSync(testEnv(TEST_ENV.workflowBundle), 'utf8') } },
      histories.map((h) => ({
        workflowId: `${h.workflowType}/${h.branch}`,
        history: historyFromJSON(JSON.parse(readFileSync(h.path, 'utf8'))),
      })),
    );
    const failures: string[] = [];
    let replayed = 0;
    for await (const result of results) {
      replayed += 1;
      if (result.error) failures.push(`${result.workflowId}: ${String(result.error)}`);
    }
    expect(failures).toEqual([]);
    expect(replayed).toBe(histories.length);
  });
});
