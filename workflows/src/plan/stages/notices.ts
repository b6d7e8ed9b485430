import { condition } from '@temporalio/workflow';
import { noticesOf, noticeStatusOf, type PlanItemState } from '../plan-item-state';
import { itemNoticeRequest } from '../plan-notifications';
import type { PlanRun } from '../plan-run';

/**
 * An item's reminders to its owner's officers and its overdue notice, for one schedule generation:
 * a newer generation (the item was revised, a calendar published) takes over, and completing the
 * item stops them.
 */
export async function runNotices(
  run: PlanRun,
  state: PlanItemState,
  generation: number,
): Promise<void> {
  const superseded = () => state.generation !== generation;
  for (const notice of noticesOf(state)) {
    if (noticeStatusOf(state, notice) !== 'PENDING') continue;
    const wait = run.clock.msUntil(notice.at);
    if (wait > 0) {
      if (await condition(() => superseded() || state.completion !== null, wait)) return;
    } else if (notice.kind === 'reminder') {
      // Reached after its time (a late start or a moved item): a stale reminder helps nobody.
      state.noticeStatus.set(notice.id, 'SKIPPED');
      continue;
    }
    if (superseded() || state.completion !== null) return;
    const delivered = await run.notify(itemNoticeRequest(run.input, state, notice));
    state.noticeStatus.set(notice.id, delivered ? 'SENT' : 'FAILED');
  }
}
