import { STUCK_REASONS, type StuckCounts, type StuckPage } from '@tdkt/contracts';
import { mergeStuckPages, readAllStuckPages } from './stuck-pages';

function counts(values: Partial<StuckCounts>): StuckCounts {
  return { ...(Object.fromEntries(STUCK_REASONS.map((r) => [r, 0])) as StuckCounts), ...values };
}

function page(ids: string[], token: string | null, values: Partial<StuckCounts>): StuckPage {
  return {
    items: ids.map((workflowId) => ({
      workflowId,
      runId: `${workflowId}-run`,
      workflowType: 'dossierWorkflow',
      startedAt: '2026-12-01T00:00:00.000Z',
      dossier: null,
      subject: null,
      reasons: ['task-overdue'],
      findings: [],
      temporalUiUrl: null,
    })),
    counts: counts(values),
    scanned: 100,
    scannedAt: `2026-12-07T0${ids.length}:00:00.000Z`,
    nextPageToken: token,
  };
}

describe('the stuck list read a page at a time', () => {
  it('follows each page token until the last page, asking with the token it was given', async () => {
    const pages = {
      first: page(['HS-1'], 'b', {}),
      b: page([], 'c', {}),
      c: page(['HS-2'], null, {}),
    };
    const asked: (string | undefined)[] = [];
    const read = await readAllStuckPages((token) => {
      asked.push(token);
      return Promise.resolve(pages[(token ?? 'first') as keyof typeof pages]);
    });
    expect(asked).toEqual([undefined, 'b', 'c']);
    expect(read.map((p) => p.items.map((item) => item.workflowId))).toEqual([
      ['HS-1'],
      [],
      ['HS-2'],
    ]);
  });

  it('merges pages into one report: every item in order, counts and scanned summed', () => {
    const merged = mergeStuckPages([
      page(['HS-1', 'HS-2'], 'x', { 'task-overdue': 2, 'no-progress': 1 }),
      page(['HS-3'], null, { 'task-overdue': 1 }),
    ]);
    expect(merged.items.map((item) => item.workflowId)).toEqual(['HS-1', 'HS-2', 'HS-3']);
    expect(merged.counts['task-overdue']).toBe(3);
    expect(merged.counts['no-progress']).toBe(1);
    expect(merged.scanned).toBe(200);
    expect(merged.scannedAt).toBe('2026-12-07T02:00:00.000Z');
  });

  it('refuses to merge nothing', () => {
    expect(() => mergeStuckPages([])).toThrow('no page to merge');
  });
});
