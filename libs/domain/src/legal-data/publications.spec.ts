import { DomainValidationError } from '../shared/errors';
import { validateHolidaySchedule, validateSalaryStep } from './publications';

const source = { document: 'Thông báo 100/TB-BNV', issuedOn: '2026-11-20', status: 'confirmed' };

/** A plausible 2027 schedule: every statutory day inside a break, one swapped Saturday. */
const schedule2027 = {
  year: 2027,
  source,
  breaks: [
    { from: '2027-01-01', to: '2027-01-01', name: { vi: 'Tết Dương lịch', en: "New Year's Day" } },
    { from: '2027-02-04', to: '2027-02-12', name: { vi: 'Tết Nguyên đán', en: 'Tết' } },
    { from: '2027-04-16', to: '2027-04-16', name: { vi: 'Giỗ Tổ', en: 'Hùng Kings' } },
    { from: '2027-04-30', to: '2027-05-03', name: { vi: '30/4 và 1/5', en: '30 April, 1 May' } },
    { from: '2027-09-02', to: '2027-09-03', name: { vi: 'Quốc khánh', en: 'National Day' } },
    { from: '2027-11-24', to: '2027-11-24', name: { vi: 'Ngày Văn hóa', en: 'Culture Day' } },
  ],
  workingSaturdays: [{ date: '2027-02-20', inLieuOf: '2027-02-12' }],
};

function issuesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainValidationError)
      return error.errors.map((e) => `${e.field}:${e.rule}`);
    throw error;
  }
  return [];
}

describe('publishing a holiday schedule', () => {
  it('takes a complete schedule with no warning, breaks sorted and sourced', () => {
    const { value, warnings } = validateHolidaySchedule({
      ...schedule2027,
      breaks: [...schedule2027.breaks].reverse(),
    });
    expect(warnings).toEqual([]);
    expect(value.breaks.map((b) => b.from)[0]).toBe('2027-01-01');
    expect(value.breaks.every((b) => b.source.document === 'Thông báo 100/TB-BNV')).toBe(true);
    expect(value.workingSaturdays[0]?.inLieuOf).toBe('2027-02-12');
  });

  it('warns, without refusing, when a statutory day lies outside every break', () => {
    const { warnings } = validateHolidaySchedule({
      ...schedule2027,
      breaks: schedule2027.breaks.filter((b) => b.from !== '2027-11-24'),
    });
    expect(warnings.map((w) => w.rule)).toEqual(['covers-statutory-holiday']);
    expect(warnings[0]?.message.vi).toContain('2027-11-24');
  });

  const noSwap = { ...schedule2027, workingSaturdays: [] };
  const named = (from: string, to: string) => ({ from, to, name: { vi: 'x', en: 'x' } });
  it.each([
    ['a year out of range', { ...schedule2027, year: 1800 }, ['year:calendar-range']],
    ['no break', { ...noSwap, breaks: [] }, ['breaks:non-empty-list']],
    [
      'a break in another year',
      { ...noSwap, breaks: [named('2028-01-01', '2028-01-02')] },
      ['breaks[0]:within-year'],
    ],
    [
      'a break ending before it starts',
      { ...noSwap, breaks: [named('2027-02-05', '2027-02-04')] },
      ['breaks[0].to:not-before-from'],
    ],
    [
      'overlapping breaks',
      { ...noSwap, breaks: [named('2027-02-04', '2027-02-12'), named('2027-02-10', '2027-02-14')] },
      ['breaks:no-overlap'],
    ],
    [
      'a working Sunday for a day outside the breaks',
      { ...schedule2027, workingSaturdays: [{ date: '2027-02-21', inLieuOf: '2027-03-01' }] },
      [
        'workingSaturdays[0].date:saturday-in-year',
        'workingSaturdays[0].inLieuOf:weekday-in-break',
      ],
    ],
    [
      'a source without document or status',
      { ...noSwap, source: { document: '', status: 'maybe', url: 'ftp://x' } },
      ['source.document:non-empty-text', 'source.url:http-url', 'source.status:enum'],
    ],
  ])('refuses %s, naming %j', (_case, input, expected) => {
    expect(issuesOf(() => validateHolidaySchedule(input))).toEqual(expected);
  });
});

describe('publishing a base-salary step', () => {
  it('takes a step with its decree', () => {
    const { value, warnings } = validateSalaryStep({
      effectiveFrom: '2027-07-01',
      vnd: 2_800_000,
      source: { document: 'NĐ 1/2027/NĐ-CP', article: '3(2)', status: 'unconfirmed' },
    });
    expect([value.from, value.vnd, value.source.status, warnings]).toEqual([
      '2027-07-01',
      2_800_000,
      'unconfirmed',
      [],
    ]);
  });

  it('warns when the step is lower than the one before (NĐ 161/2026/NĐ-CP: 2,530,000)', () => {
    const { warnings } = validateSalaryStep({
      effectiveFrom: '2027-01-01',
      vnd: 2_000_000,
      source: { document: 'NĐ X', status: 'unconfirmed' },
    });
    expect(warnings[0]?.message.en).toContain('NĐ 161/2026/NĐ-CP');
  });

  it('names every bad field', () => {
    expect(
      issuesOf(() => validateSalaryStep({ effectiveFrom: '2027-13-01', vnd: 12.5, source: {} })),
    ).toEqual([
      'effectiveFrom:iso-date',
      'vnd:integer-range',
      'source.document:non-empty-text',
      'source.status:enum',
    ]);
  });
});
