import type { StuckPage, StuckReport } from '@tdkt/contracts';

/** The pages of a stuck list as one report: every item, counts and scanned summed, the first page's time. */
export function mergeStuckPages(pages: readonly StuckPage[]): StuckReport {
  const [first] = pages;
  if (first === undefined) throw new Error('no page to merge');
  const counts = { ...first.counts };
  for (const page of pages.slice(1))
    for (const [reason, count] of Object.entries(page.counts))
      counts[reason as keyof typeof counts] += count;
  return {
    items: pages.flatMap((page) => page.items),
    counts,
    scanned: pages.reduce((sum, page) => sum + page.scanned, 0),
    scannedAt: first.scannedAt,
  };
}

/** Reads every page of the list, following each page's token. */
export async function readAllStuckPages(
  readPage: (pageToken: string | undefined) => Promise<StuckPage>,
): Promise<StuckPage[]> {
  const pages: StuckPage[] = [];
  let token: string | undefined;
  do {
    const page = await readPage(token);
    pages.push(page);
    token = page.nextPageToken ?? undefined;
  } while (token !== undefined);
  return pages;
}
