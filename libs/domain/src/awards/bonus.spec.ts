import { NoRuleSetInForceError, DomainValidationError } from '../shared/errors';
import { BASE_SALARY_TABLE, baseSalaryOn, bonusAmount, mergeSalarySteps } from './bonus';

describe('bonuses', () => {
  it.each([
    ['2019-07-01', 1_490_000, 'NĐ 38/2019/NĐ-CP'],
    ['2023-06-30', 1_490_000, 'NĐ 38/2019/NĐ-CP'],
    ['2023-07-01', 1_800_000, 'NĐ 24/2023/NĐ-CP'],
    ['2024-06-30', 1_800_000, 'NĐ 24/2023/NĐ-CP'],
    ['2024-07-01', 2_340_000, 'NĐ 73/2024/NĐ-CP'],
    ['2026-03-01', 2_340_000, 'NĐ 73/2024/NĐ-CP'],
    ['2026-06-30', 2_340_000, 'NĐ 73/2024/NĐ-CP'],
    ['2026-07-01', 2_530_000, 'NĐ 161/2026/NĐ-CP'],
    ['2026-12-07', 2_530_000, 'NĐ 161/2026/NĐ-CP'],
  ])('base salary on %s is %i VND (%s Art. 3(2))', (date, vnd, document) => {
    expect(baseSalaryOn(date).vnd).toBe(vnd);
    expect(baseSalaryOn(date).source.document).toBe(document);
  });

  it('records the 2026 step from NĐ 161/2026/NĐ-CP Art. 3(2) as confirmed, with its official link', () => {
    const step = baseSalaryOn('2026-07-01');
    expect([step.source.article, step.source.issuedOn, step.source.status]).toEqual([
      '3(2)',
      '2026-05-15',
      'confirmed',
    ]);
    expect(step.source.url).toContain('vanban.chinhphu.vn');
  });

  it.each([
    // base × coefficient, rounded up to the next 10,000 VND (NĐ 152/2025 Art. 49(2))
    ['LDTT', 'individual', '2024-05-10', 540_000], // 1,800,000 × 0.3 = 540,000 exactly
    ['LDTT', 'individual', '2024-12-20', 710_000], // 2,340,000 × 0.3 = 702,000 → 710,000
    ['CSTDCS', 'individual', '2024-06-30', 1_800_000],
    ['CSTDCS', 'individual', '2025-12-20', 2_340_000],
    ['CSTD_TINH', 'individual', '2024-12-20', 7_020_000],
    ['CSTD_TOAN_QUOC', 'individual', '2025-12-20', 10_530_000],
    ['TTLDTT', 'collective', '2024-12-20', 1_880_000], // 1,872,000 → 1,880,000
    ['TTLDXS', 'collective', '2025-12-20', 3_510_000],
    ['CO_THI_DUA_TINH', 'collective', '2025-12-20', 18_720_000],
    ['GIAY_KHEN', 'individual', '2025-12-20', 710_000],
    ['GIAY_KHEN', 'collective', '2025-12-20', 1_410_000], // 1,404,000 → 1,410,000
    ['BANG_KHEN_TINH', 'individual', '2025-12-20', 3_510_000],
    ['BANG_KHEN_TINH', 'collective', '2024-12-20', 7_020_000],
    ['GIAY_KHEN_DOT_XUAT', 'collective', '2024-03-01', 1_080_000],
    ['BANG_KHEN_TINH_DOT_XUAT', 'individual', '2024-03-01', 2_700_000],
  ] as const)('%s for a %s decided on %s pays %i VND', (award, kind, date, vnd) => {
    expect(bonusAmount(award, kind, date)).toBe(vnd);
    expect(Number.isInteger(bonusAmount(award, kind, date))).toBe(true);
  });

  it.each([
    // 2,530,000 from 2026-07-01 (NĐ 161/2026/NĐ-CP Art. 3(2)), rounded up (NĐ 152/2025 Art. 49(2))
    ['CSTDCS', 'individual', '2026-12-07', 2_530_000], // 1.0 × 2,530,000
    ['CSTDCS', 'individual', '2026-06-30', 2_340_000], // the day before the step: NĐ 73/2024
    ['LDTT', 'individual', '2026-12-07', 760_000], // 0.3 × 2,530,000 = 759,000 → 760,000
    ['TTLDTT', 'collective', '2026-12-07', 2_030_000], // 0.8 × 2,530,000 = 2,024,000 → 2,030,000
    ['GIAY_KHEN', 'collective', '2026-12-07', 1_520_000], // 0.6 × 2,530,000 = 1,518,000 → 1,520,000
    ['BANG_KHEN_TINH', 'collective', '2026-12-07', 7_590_000], // 3.0 × 2,530,000
    ['CSTD_TINH', 'individual', '2026-12-07', 7_590_000], // 3.0 × 2,530,000
    ['CO_THI_DUA_TINH', 'collective', '2026-12-07', 20_240_000], // 8.0 × 2,530,000
    // Households: 1.5 × the individual rate, as reported of NĐ 152/2025 (Lao Động; UNCONFIRMED)
    ['GIAY_KHEN', 'household', '2026-12-07', 1_140_000], // 0.45 × 2,530,000 = 1,138,500 → 1,140,000
    ['BANG_KHEN_TINH', 'household', '2026-12-07', 5_700_000], // 2.25 × 2,530,000 = 5,692,500 → 5,700,000
  ] as const)(
    'NĐ 161/2026/NĐ-CP Art. 3(2): %s for a %s decided on %s pays %i VND',
    (award, kind, date, vnd) => {
      expect(bonusAmount(award, kind, date)).toBe(vnd);
    },
  );

  it('uses a pinned rule set when given', () => {
    expect(bonusAmount('LDTT', 'individual', '2025-12-20', 'VN-2024+DN')).toBe(710_000);
  });

  it('takes a published step over the built-in table: a correction replaces, a new date adds', () => {
    const published = [
      {
        from: '2027-07-01',
        vnd: 2_700_000,
        source: { document: 'NĐ X/2027', status: 'unconfirmed' as const },
      },
      {
        from: '2026-07-01',
        vnd: 2_531_000,
        source: { document: 'Correction', status: 'unconfirmed' as const },
      },
    ];
    const table = mergeSalarySteps(BASE_SALARY_TABLE, published);
    expect(table.map((step) => step.from)).toEqual([
      '2019-07-01',
      '2023-07-01',
      '2024-07-01',
      '2026-07-01',
      '2027-07-01',
    ]);
    expect(baseSalaryOn('2026-12-07', table).vnd).toBe(2_531_000);
    expect(bonusAmount('CSTDCS', 'individual', '2027-12-07', 'VN-2025-07', table)).toBe(2_700_000);
    expect(baseSalaryOn('2026-12-07').vnd).toBe(2_530_000);
  });

  it('refuses an award for the wrong kind of nominee, or before any rule set', () => {
    expect(() => bonusAmount('TTLDTT', 'individual', '2024-12-20')).toThrow(DomainValidationError);
    expect(() => bonusAmount('LDTT', 'individual', '2023-12-31')).toThrow(NoRuleSetInForceError);
    expect(() => baseSalaryOn('2019-06-30')).toThrow(DomainValidationError);
  });
});
