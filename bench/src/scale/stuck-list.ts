import type { StuckPage } from '@tdkt/contracts';
import type { ApiSession } from '../engine/api-session';
import { percentile, round } from '../measure/stats';

export interface StuckListResult {
  running: number;
  pageSize: number;
  pagesRead: number;
  scanned: number;
  firstPageMs: number;
  pageP50Ms: number;
  pageP95Ms: number;
  /** Every page read within the budget; otherwise the time the pages read took, and null. */
  allPagesSeconds: number | null;
  /** `/counts`, which judges every running workflow in one request. */
  countsSeconds: number | null;
  countsOverdueOnlySeconds: number | null;
}

/**
 * The administrator's stuck list with `running` workflows open: its pages one after the other (as the
 * CLI reads them) within `budgetSeconds`, then the counts, which still judge them all at once.
 */
export async function measureStuckList(
  admin: ApiSession,
  running: number,
  pageSize: number,
  budgetSeconds: number,
): Promise<StuckListResult> {
  const pageMillis: number[] = [];
  let scanned = 0;
  let token: string | null = null;
  const started = performance.now();
  let finished = false;
  for (;;) {
    const sent = performance.now();
    const page: StuckPage = await admin.call<StuckPage>(
      'GET',
      `/api/v1/admin/stuck?pageSize=${pageSize}${token === null ? '' : `&pageToken=${token}`}`,
    );
    pageMillis.push(performance.now() - sent);
    scanned += page.scanned;
    token = page.nextPageToken;
    if (token === null) {
      finished = true;
      break;
    }
    if ((performance.now() - started) / 1000 > budgetSeconds) break;
  }
  const allSeconds = (performance.now() - started) / 1000;
  // Null when it does not answer (within fetch's five minutes): the figure is then "more than that".
  const timed = async (path: string): Promise<number | null> => {
    const sent = performance.now();
    try {
      const answer = await admin.send('GET', path);
      return answer.status === 200 ? round((performance.now() - sent) / 1000, 2) : null;
    } catch {
      return null;
    }
  };
  return {
    running,
    pageSize,
    pagesRead: pageMillis.length,
    scanned,
    firstPageMs: round(pageMillis[0] ?? Number.NaN),
    pageP50Ms: round(percentile(pageMillis, 50)),
    pageP95Ms: round(percentile(pageMillis, 95)),
    allPagesSeconds: finished ? round(allSeconds, 2) : null,
    countsOverdueOnlySeconds: await timed('/api/v1/admin/stuck/counts?reason=task-overdue'),
    countsSeconds: await timed('/api/v1/admin/stuck/counts'),
  };
}
