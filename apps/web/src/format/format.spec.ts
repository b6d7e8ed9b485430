import {
  deadlineTone,
  formatDate,
  formatDateTime,
  formatIsoDate,
  formatLegalRef,
  formatMoney,
  formatPercent,
  localized,
} from './format';

describe('formats people read', () => {
  it.each([
    // 16:59 UTC on 31 Dec is 23:59 in Vietnam; 17:00 UTC is already the next day there.
    ['2024-12-31T16:59:00Z', '31/12/2024', '31/12/2024 23:59'],
    ['2024-12-31T17:00:00Z', '01/01/2025', '01/01/2025 00:00'],
    ['2024-07-01T01:05:00Z', '01/07/2024', '01/07/2024 08:05'],
  ])('an instant %s is %s in Vietnam', (instant, date, dateTime) => {
    expect(formatDate(instant)).toBe(date);
    expect(formatDateTime(instant)).toBe(dateTime);
  });

  it.each([
    [33.3, 'vi', '33,3%'],
    [33.3, 'en', '33.3%'],
    [100, 'vi', '100%'],
    [0, 'en', '0%'],
  ] as const)('a share of %s in %s reads %s', (value, lang, text) => {
    expect(formatPercent(value, lang)).toBe(text);
  });

  it('a calendar date keeps its day, whatever the time zone', () => {
    expect(formatIsoDate('2024-12-16')).toBe('16/12/2024');
    expect(formatIsoDate('not a date')).toBe('not a date');
  });

  it.each([
    [2_530_000, 'vi', '2.530.000 đ'],
    [2_340_000, 'en', '2,340,000 VND'],
    [0, 'vi', '0 đ'],
    [1_800_000_000, 'vi', '1.800.000.000 đ'],
  ] as const)('%d đồng in %s is %s', (amount, lang, text) => {
    expect(formatMoney(amount, lang)).toBe(text);
  });

  it.each([
    [null, 'none'],
    [-3, 'overdue'],
    [-1, 'overdue'],
    [0, 'today'],
    [1, 'soon'],
    [3, 'soon'],
    [4, 'ok'],
    [20, 'ok'],
  ] as const)('%s working days left is %s', (days, tone) => {
    expect(deadlineTone(days)).toBe(tone);
  });

  it.each([
    [
      { instrument: 'Luật 06/2022/QH15', article: '84', clause: '1', point: 'a' },
      'điểm a khoản 1 Điều 84 Luật 06/2022/QH15',
      'Luật 06/2022/QH15, Art. 84(1)(a)',
    ],
    [
      { instrument: 'NĐ 98/2023/NĐ-CP', article: '34', clause: '2' },
      'khoản 2 Điều 34 NĐ 98/2023/NĐ-CP',
      'NĐ 98/2023/NĐ-CP, Art. 34(2)',
    ],
    [
      { instrument: 'QĐ 1234/QĐ-UBND', article: 'II.B(4)' },
      'II.B(4) QĐ 1234/QĐ-UBND',
      'QĐ 1234/QĐ-UBND, II.B(4)',
    ],
  ])('cites %j as officials do', (ref, vi, en) => {
    expect(formatLegalRef(ref, 'vi')).toBe(vi);
    expect(formatLegalRef(ref, 'en')).toBe(en);
  });

  it('takes the side of a bilingual text in the language asked for', () => {
    expect(localized({ vi: 'Đã nộp', en: 'Submitted' }, 'vi')).toBe('Đã nộp');
    expect(localized({ vi: 'Đã nộp', en: 'Submitted' }, 'en')).toBe('Submitted');
    expect(localized(null, 'vi')).toBe('');
  });
});
