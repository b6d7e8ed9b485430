import { AppError } from '@tdkt/contracts';
import { getRuleSet } from '@tdkt/domain';
import { planDossierRoute, type UnitOnPath } from './dossier-route';

const unit = (
  id: string,
  level: string,
  externalEndpointUrl: string | null = null,
): UnitOnPath => ({
  id,
  name: `Unit ${id}`,
  level,
  externalEndpointUrl,
});

// A school under the district's education office, under the district, under the province (before 07/2025).
const schoolIn2024 = [
  unit('school', 'school'),
  unit('pgd', 'agency'),
  unit('district', 'district'),
  unit('province', 'province'),
];
// The same school after the two-tier reform: under a commune, under the province.
const schoolIn2025 = [
  unit('school', 'school'),
  unit('commune', 'commune'),
  unit('province', 'province'),
];

describe('planDossierRoute', () => {
  it.each([
    [
      'VN-2024',
      'CSTDCS',
      schoolIn2024,
      'district',
      ['district:district'],
      { numerator: 4, denominator: 5 },
    ],
    ['VN-2024', 'GIAY_KHEN', schoolIn2024, 'district', ['district:district'], null],
    [
      'VN-2024',
      'BANG_KHEN_TINH',
      schoolIn2024,
      'district',
      ['district:district', 'province:province'],
      null,
    ],
    [
      'VN-2024',
      'CSTD_TINH',
      schoolIn2024,
      'district',
      ['district:district', 'province:province'],
      { numerator: 9, denominator: 10 },
    ],
    [
      'VN-2025-07',
      'CSTDCS',
      schoolIn2025,
      'commune',
      ['commune:commune'],
      { numerator: 4, denominator: 5 },
    ],
    [
      'VN-2025-07',
      'BANG_KHEN_TINH',
      schoolIn2025,
      'commune',
      ['commune:commune', 'province:province'],
      null,
    ],
  ] as const)('%s %s from a school', (ruleSetId, award, chain, proposingLevel, path, threshold) => {
    const route = planDossierRoute(getRuleSet(ruleSetId), award, [...chain]);

    expect(route.proposingLevel).toBe(proposingLevel);
    expect(route.approvalPath.map((step) => `${step.level}:${step.unitId}`)).toEqual(path);
    expect(route.council?.threshold ?? null).toEqual(threshold);
    expect(route.timeLimits.reviewWorkingDays).toBe(20);
  });

  // Luật 06/2022/QH15 Art. 85: an ad-hoc award takes the simplified procedure's limits (project
  // defaults) and, unconfirmed, no disclosure window; no council votes (the award has no ballot).
  it.each([
    ['VN-2025-07', 'GIAY_KHEN_DOT_XUAT', ['commune:commune']],
    ['VN-2025-07', 'BANG_KHEN_TINH_DOT_XUAT', ['commune:commune', 'province:province']],
  ] as const)('%s %s follows the simplified procedure (Law Art. 85)', (ruleSetId, award, path) => {
    const route = planDossierRoute(getRuleSet(ruleSetId), award, [...schoolIn2025]);

    expect(route.track).toBe('ad-hoc');
    expect(route.simplified).toBe(true);
    expect(route.approvalPath.map((step) => `${step.level}:${step.unitId}`)).toEqual(path);
    expect(route.council).toBeNull();
    expect(route.disclosure.required).toBe(false);
    expect(route.timeLimits.reviewWorkingDays).toBe(5);
    expect(route.timeLimits.decisionWorkingDays).toBe(5);
  });

  it('keeps the standard procedure on the periodic track', () => {
    const route = planDossierRoute(getRuleSet('VN-2025-07'), 'GIAY_KHEN', [...schoolIn2025]);

    expect(route).toMatchObject({ track: 'periodic', simplified: false });
    expect(route.disclosure.required).toBe(true);
    expect(route.timeLimits.decisionWorkingDays).toBe(10);
  });

  it('sends a level run by another system to its endpoint', () => {
    const chain = [
      unit('school', 'school'),
      unit('district', 'district'),
      unit('province', 'province', 'https://tdkt.example.gov.vn/inbound'),
    ];
    const route = planDossierRoute(getRuleSet('VN-2024'), 'BANG_KHEN_TINH', chain);

    expect(route.approvalPath[1]?.externalEndpoint).toBe('https://tdkt.example.gov.vn/inbound');
    expect(route.approvalPath[0]?.externalEndpoint).toBeUndefined();
  });

  it('refuses a tree that still has a district under the two-tier rule set', () => {
    expect(() => planDossierRoute(getRuleSet('VN-2025-07'), 'CSTDCS', schoolIn2024)).toThrow(
      AppError,
    );
    expect(() => planDossierRoute(getRuleSet('VN-2025-07'), 'CSTDCS', schoolIn2024)).toThrow(
      /district/,
    );
  });

  // Luật 06/2022/QH15 Art. 21 and QĐ 311/QĐ-BNV XIV: the province proposes, the Prime Minister
  // decides on the central board's submission (20 working days from a complete dossier).
  it('sends an award the central level decides through the province, which follows it', () => {
    const route = planDossierRoute(getRuleSet('VN-2024'), 'CSTD_TOAN_QUOC', schoolIn2024);

    expect(route.track).toBe('central');
    expect(route.approvalPath.map((step) => `${step.level}:${step.unitId}`)).toEqual([
      'district:district',
      'province:province',
      'national:province',
    ]);
    expect(route.approvalPath.at(-1)).toMatchObject({
      central: true,
      unitName: 'Ban Thi đua - Khen thưởng Trung ương (Bộ Nội vụ)',
    });
    expect(route.timeLimits.centralReviewWorkingDays).toBe(20);
  });

  it('refuses an award whose deciding level has no unit in the tree', () => {
    const noProvince = [unit('school', 'school'), unit('district', 'district')];
    expect(() => planDossierRoute(getRuleSet('VN-2024'), 'BANG_KHEN_TINH', noProvince)).toThrow(
      /province/,
    );
  });
});
