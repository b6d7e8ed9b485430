import { getRuleSet } from '../rules/registry';
import { DomainValidationError } from '../shared/errors';
import { AWARD_CODES, type AwardCode } from './codes';
import { approvalPath, awardOf, decidingAuthority, requiredDocuments } from './deciding';
import { AwardNotInRuleSetError } from '../shared/errors';

type Row = [AwardCode, string, string, string, string[]];

// [award, unit level, deciding level, decider (vi, start), approval path]
const VN_2024: Row[] = [
  ['LDTT', 'province', 'province', 'Thủ trưởng cơ quan chuyên môn', ['province']],
  ['LDTT', 'district', 'district', 'Chủ tịch UBND cấp huyện', ['district']],
  ['LDTT', 'commune', 'commune', 'Chủ tịch UBND cấp xã', ['commune']],
  ['CSTDCS', 'province', 'province', 'Thủ trưởng cơ quan chuyên môn', ['province']],
  ['CSTDCS', 'district', 'district', 'Chủ tịch UBND cấp huyện', ['district']],
  ['CSTDCS', 'commune', 'district', 'Chủ tịch UBND cấp huyện', ['commune', 'district']],
  ['CSTD_TINH', 'district', 'province', 'Chủ tịch UBND cấp tỉnh', ['district', 'province']],
  [
    'CSTD_TINH',
    'commune',
    'province',
    'Chủ tịch UBND cấp tỉnh',
    ['commune', 'district', 'province'],
  ],
  ['CSTD_TOAN_QUOC', 'district', 'national', 'Thủ tướng', ['district', 'province', 'national']],
  ['CSTD_TOAN_QUOC', 'province', 'national', 'Thủ tướng', ['province', 'national']],
  ['TTLDTT', 'district', 'district', 'Chủ tịch UBND cấp huyện', ['district']],
  ['TTLDTT', 'commune', 'district', 'Chủ tịch UBND cấp huyện', ['commune', 'district']],
  ['TTLDXS', 'district', 'province', 'Chủ tịch UBND cấp tỉnh', ['district', 'province']],
  ['CO_THI_DUA_TINH', 'district', 'province', 'Chủ tịch UBND cấp tỉnh', ['district', 'province']],
  ['GIAY_KHEN', 'district', 'district', 'Chủ tịch UBND cấp huyện', ['district']],
  ['GIAY_KHEN', 'commune', 'commune', 'Chủ tịch UBND cấp xã', ['commune']],
  ['BANG_KHEN_TINH', 'district', 'province', 'Chủ tịch UBND cấp tỉnh', ['district', 'province']],
  ['BANG_KHEN_TINH', 'province', 'province', 'Chủ tịch UBND cấp tỉnh', ['province']],
  ['GIAY_KHEN_DOT_XUAT', 'district', 'district', 'Chủ tịch UBND cấp huyện', ['district']],
  [
    'BANG_KHEN_TINH_DOT_XUAT',
    'commune',
    'province',
    'Chủ tịch UBND cấp tỉnh',
    ['commune', 'district', 'province'],
  ],
];

const VN_2025_07: Row[] = [
  ['LDTT', 'commune', 'commune', 'Chủ tịch UBND cấp xã', ['commune']],
  ['LDTT', 'province', 'province', 'Thủ trưởng cơ quan chuyên môn', ['province']],
  ['CSTDCS', 'commune', 'commune', 'Chủ tịch UBND cấp xã', ['commune']],
  ['CSTD_TINH', 'commune', 'province', 'Chủ tịch UBND cấp tỉnh', ['commune', 'province']],
  ['CSTD_TOAN_QUOC', 'commune', 'national', 'Thủ tướng', ['commune', 'province', 'national']],
  ['TTLDTT', 'commune', 'commune', 'Chủ tịch UBND cấp xã', ['commune']],
  ['TTLDXS', 'commune', 'province', 'Chủ tịch UBND cấp tỉnh', ['commune', 'province']],
  ['CO_THI_DUA_TINH', 'province', 'province', 'Chủ tịch UBND cấp tỉnh', ['province']],
  ['GIAY_KHEN', 'commune', 'commune', 'Chủ tịch UBND cấp xã', ['commune']],
  ['BANG_KHEN_TINH', 'commune', 'province', 'Chủ tịch UBND cấp tỉnh', ['commune', 'province']],
  ['GIAY_KHEN_DOT_XUAT', 'commune', 'commune', 'Chủ tịch UBND cấp xã', ['commune']],
  [
    'BANG_KHEN_TINH_DOT_XUAT',
    'commune',
    'province',
    'Chủ tịch UBND cấp tỉnh',
    ['commune', 'province'],
  ],
];

describe.each([
  ['VN-2024', VN_2024],
  ['VN-2025-07', VN_2025_07],
])('award catalog of %s', (ruleSetId, rows) => {
  const ruleSet = getRuleSet(ruleSetId);

  it.each(rows)(
    '%s proposed at %s is decided at %s by %s via %j',
    (award, unit, level, decider, path) => {
      const authority = decidingAuthority(award, unit, ruleSet);
      expect(authority.level).toBe(level);
      expect(authority.decider.vi.startsWith(decider)).toBe(true);
      expect(approvalPath(award, unit, ruleSet)).toEqual(path);
    },
  );

  it.each([
    ['LDTT', null, ['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN_BINH_XET'], { individual: 300 }],
    [
      'CSTDCS',
      [4, 5],
      [
        'TO_TRINH',
        'BAO_CAO_THANH_TICH',
        'BIEN_BAN_BINH_XET',
        'KET_QUA_BO_PHIEU',
        'CHUNG_NHAN_SANG_KIEN',
      ],
      { individual: 1000 },
    ],
    [
      'CSTD_TINH',
      [9, 10],
      [
        'TO_TRINH',
        'BAO_CAO_THANH_TICH',
        'BIEN_BAN_BINH_XET',
        'KET_QUA_BO_PHIEU',
        'XAC_NHAN_PHAM_VI_ANH_HUONG',
      ],
      { individual: 3000 },
    ],
    [
      'CSTD_TOAN_QUOC',
      [9, 10],
      [
        'TO_TRINH',
        'BAO_CAO_THANH_TICH',
        'BIEN_BAN_BINH_XET',
        'KET_QUA_BO_PHIEU',
        'XAC_NHAN_PHAM_VI_ANH_HUONG',
      ],
      { individual: 4500 },
    ],
    ['TTLDTT', null, ['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN_BINH_XET'], { collective: 800 }],
    ['TTLDXS', null, ['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN_BINH_XET'], { collective: 1500 }],
    [
      'CO_THI_DUA_TINH',
      [4, 5],
      ['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN_BINH_XET', 'KET_QUA_BO_PHIEU'],
      { collective: 8000 },
    ],
    [
      'GIAY_KHEN',
      null,
      ['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN_BINH_XET'],
      { individual: 300, collective: 600, household: 450 },
    ],
    [
      'BANG_KHEN_TINH',
      null,
      ['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN_BINH_XET'],
      { individual: 1500, collective: 3000, household: 2250 },
    ],
    [
      'GIAY_KHEN_DOT_XUAT',
      null,
      ['TO_TRINH', 'TOM_TAT_THANH_TICH'],
      { individual: 300, collective: 600 },
    ],
    [
      'BANG_KHEN_TINH_DOT_XUAT',
      null,
      ['TO_TRINH', 'TOM_TAT_THANH_TICH'],
      { individual: 1500, collective: 3000 },
    ],
  ] as const)('%s: ballot %j, documents %j, bonus %j', (award, ballot, documents, bonus) => {
    const definition = awardOf(ruleSet, award);
    expect(
      definition.ballot
        ? [definition.ballot.threshold.numerator, definition.ballot.threshold.denominator]
        : null,
    ).toEqual(ballot);
    if (definition.ballot) expect(definition.ballot.basis).toBe('all-members');
    expect(requiredDocuments(award, ruleSet).map((d) => d.code)).toEqual(documents);
    const thousandths = Object.fromEntries(
      Object.entries(definition.bonus).map(([kind, b]) => [kind, b.thousandths]),
    );
    expect(thousandths).toEqual(bonus);
    for (const ref of definition.legalRefs) expect(ref.instrument).not.toBe('');
  });

  it('catalogs every award code but the thematic ones (Law 06/2026/QH16) with names in both languages', () => {
    expect(Object.keys(ruleSet.awards).sort()).toEqual(
      AWARD_CODES.filter((code) => !code.endsWith('_CHUYEN_DE')).sort(),
    );
    for (const award of Object.values(ruleSet.awards)) {
      expect(award.name.vi).not.toBe('');
      expect(award.name.en).not.toBe('');
      expect(award.simplifiedProcedure).toBe(award.code.endsWith('_DOT_XUAT'));
    }
  });
});

describe('thematic commendation (Luật 06/2026/QH16, reported)', () => {
  it.each([
    ['VN-2024', false],
    ['VN-2025-07', false],
    ['VN-2026-10', true],
  ])('%s has the thematic awards: %s', (ruleSetId, present) => {
    const rules = getRuleSet(ruleSetId);
    for (const code of ['GIAY_KHEN_CHUYEN_DE', 'BANG_KHEN_TINH_CHUYEN_DE'] as const) {
      if (present) expect(awardOf(rules, code).simplifiedProcedure).toBe(true);
      else expect(() => awardOf(rules, code)).toThrow(AwardNotInRuleSetError);
    }
  });

  it.each([
    ['GIAY_KHEN_CHUYEN_DE', 'commune', ['commune'], 'Chủ tịch UBND cấp xã'],
    ['BANG_KHEN_TINH_CHUYEN_DE', 'commune', ['commune', 'province'], 'Chủ tịch UBND cấp tỉnh'],
  ] as const)('%s from a %s goes %j to the %s', (award, level, path, decider) => {
    const rules = getRuleSet('VN-2026-10');
    expect(approvalPath(award, level, rules)).toEqual(path);
    expect(decidingAuthority(award, level, rules).decider.vi).toBe(decider);
    expect(awardOf(rules, award).legalRefs[0]?.instrument).toBe('Luật 06/2026/QH16');
  });
});

describe('levels that do not exist', () => {
  it.each(AWARD_CODES.filter((code) => !code.endsWith('_CHUYEN_DE')))(
    '%s cannot be proposed from a district under VN-2025-07',
    (award) => {
      expect(() => approvalPath(award, 'district', getRuleSet('VN-2025-07'))).toThrow(
        DomainValidationError,
      );
    },
  );

  it('national units do not propose through this engine, and unknown codes are rejected', () => {
    expect(() => decidingAuthority('LDTT', 'national', getRuleSet('VN-2024'))).toThrow(
      DomainValidationError,
    );
    expect(() => requiredDocuments('NOPE' as AwardCode, getRuleSet('VN-2024'))).toThrow(
      DomainValidationError,
    );
  });
});
