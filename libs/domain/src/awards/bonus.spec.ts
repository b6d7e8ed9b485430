import { NoRuleSetInForceError, DomainValidationError } from '../shared/errors';
import { baseSalaryOn, bonusAmount } from './bonus';

describe('bonuses', () => {
  it.each([
    ['2019-07-01', 1_490_000],
    ['2023-06-30', 1_490_000],
    ['2023-07-01', 1_800_000],
    ['2024-06-30', 1_800_000],
    ['2024-07-01', 2_340_000],
    ['2026-03-01', 2_340_000],
  ])('base salary on %s is %i VND', (date, vnd) => {
    expect(baseSalaryOn(date).vnd).toBe(vnd);
  });

  it.each([
    // base × coefficient, rounded up to the next 10,000 VND
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

  it('uses a pinned rule set when given', () => {
    expect(bonusAmount('LDTT', 'individual', '2025-12-20', 'VN-2024+DN')).toBe(710_000);
  });

  it('refuses an award for the wrong kind of nominee, or before any rule set', () => {
    expect(() => bonusAmount('TTLDTT', 'individual', '2024-12-20')).toThrow(DomainValidationError);
    expect(() => bonusAmount('LDTT', 'individual', '2023-12-31')).toThrow(NoRuleSetInForceError);
    expect(() => baseSalaryOn('2019-06-30')).toThrow(DomainValidationError);
  });
});
