import type { DocumentModel } from './document-model';
import { fitColumnWidths, renderPdf } from './render-pdf';

describe('fitColumnWidths: no table header word is broken across lines', () => {
  it('widens a column below its minimum and takes the difference from the others by their room', () => {
    const widths = fitColumnWidths([20, 100, 60], [30, 40, 40]);
    expect(widths[0]).toBe(30);
    // Room: 60 and 20; the 10 missing points come 3/4 from the first, 1/4 from the second.
    expect(widths[1]).toBeCloseTo(92.5);
    expect(widths[2]).toBeCloseTo(57.5);
    expect(widths.reduce((sum, w) => sum + w, 0)).toBeCloseTo(180);
  });

  it('leaves widths alone when every column is wide enough, or when the minimums cannot all fit', () => {
    expect(fitColumnWidths([50, 50], [10, 10])).toEqual([50, 50]);
    expect(fitColumnWidths([50, 50], [80, 80])).toEqual([50, 50]);
  });
});

describe('renderPdf: fonts parsed once per process', () => {
  const notice = (text: string): DocumentModel => ({
    title: 'Thông báo',
    date: '2026-12-07',
    blocks: [
      { kind: 'title', lines: ['THÔNG BÁO'] },
      { kind: 'paragraph', text },
    ],
  });
  const refusal = notice(
    'Đơn vị không công nhận sáng kiến của tác giả. Lý do: Giải pháp chưa có tính mới so với phần mềm đang dùng.',
  );

  it('renders a document the same whatever the process rendered before (no glyph left without its letter)', async () => {
    let renderInFreshProcess: typeof renderPdf | undefined;
    jest.isolateModules(() => {
      renderInFreshProcess =
        jest.requireActual<typeof import('./render-pdf')>('./render-pdf').renderPdf;
    });
    const firstInProcess = await renderInFreshProcess!(refusal);
    // Only composite letters: their subsets look up "a" and "o" as parts, without their characters.
    await renderPdf(notice('ả ạ ố ờ ở ấ ầ'));
    const afterOthers = await renderPdf(refusal);
    expect(afterOthers.equals(firstInProcess)).toBe(true);
  });
});
