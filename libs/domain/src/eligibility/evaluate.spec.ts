import type { AwardCode } from '../awards/codes';
import { DomainValidationError } from '../shared/errors';
import { evaluateEligibility, type EligibilityInput } from './evaluate';
import type { Nominee } from './nominee';
import type { EligibilityReasonCode } from './reasons';

/** Each rule set is exercised at its own date and with a unit level it knows. */
const ERAS = [
  { ruleSet: 'VN-2024', asOf: '2024-12-15', year: 2024, level: 'district' },
  { ruleSet: 'VN-2025-07', asOf: '2025-12-15', year: 2025, level: 'commune' },
  { ruleSet: 'VN-2026-10', asOf: '2026-12-07', year: 2026, level: 'commune' },
] as const;

type Era = (typeof ERAS)[number];
type Case = [
  award: AwardCode,
  description: string,
  nominee: (era: Era) => Nominee,
  expected: readonly EligibilityReasonCode[],
];

const person = (era: Era, extra: Partial<Nominee>): Nominee => ({
  kind: 'individual',
  unitLevel: era.level,
  titles: [],
  ratings: [],
  initiatives: [],
  ...extra,
});
const team = (era: Era, extra: Partial<Nominee>): Nominee => ({
  ...person(era, extra),
  kind: 'collective',
});
const stats = (
  members: number,
  ldtt: number,
  completed: number,
  cstdcs: number,
  disciplined: number,
) => ({
  members,
  ldttMembers: ldtt,
  completedTasksMembers: completed,
  cstdcsMembers: cstdcs,
  disciplinedMembers: disciplined,
});

const CASES: Case[] = [
  // LĐTT: rated HTTNV or better (Law Art. 24(1)(a)); titles need an emulation registration.
  [
    'LDTT',
    'rated HTTNV and registered',
    (e) => person(e, { ratings: [{ year: e.year, rating: 'HTTNV' }], registeredFor: ['LDTT'] }),
    [],
  ],
  [
    'LDTT',
    'rated HTNV',
    (e) => person(e, { ratings: [{ year: e.year, rating: 'HTNV' }], registeredFor: ['LDTT'] }),
    ['RATING_HTTNV_REQUIRED', 'NO_ROUTE_MET'],
  ],
  [
    'LDTT',
    'rated HTTNV only the year before',
    (e) => person(e, { ratings: [{ year: e.year - 1, rating: 'HTTNV' }], registeredFor: ['LDTT'] }),
    ['RATING_HTTNV_REQUIRED', 'NO_ROUTE_MET'],
  ],
  // Law Art. 24(2): a worker or farmer without a rating, working productively (judged).
  [
    'LDTT',
    'a farmer without a rating whose unit states productive labour (Art. 24(2))',
    (e) => person(e, { claimedAchievements: ['productive-labour'], registeredFor: ['LDTT'] }),
    [],
  ],
  [
    'LDTT',
    'a farmer without a rating and nothing stated',
    (e) => person(e, { registeredFor: ['LDTT'] }),
    ['RATING_HTTNV_REQUIRED', 'NO_ROUTE_MET'],
  ],
  [
    'LDTT',
    'not registered',
    (e) => person(e, { ratings: [{ year: e.year, rating: 'HTXS' }] }),
    ['REGISTRATION_REQUIRED'],
  ],
  [
    'LDTT',
    'a collective',
    (e) => team(e, { ratings: [{ year: e.year, rating: 'HTXS' }], registeredFor: ['LDTT'] }),
    ['NOMINEE_KIND_MISMATCH'],
  ],
  [
    'LDTT',
    'discipline and inspection pending',
    (e) =>
      person(e, {
        ratings: [{ year: e.year, rating: 'HTXS' }],
        registeredFor: ['LDTT'],
        disciplinePending: true,
        inspectionPending: true,
      }),
    ['DISCIPLINE_PENDING', 'INSPECTION_PENDING'],
  ],
  // CSTĐCS: LĐTT standard plus HTXS or a unit-level initiative (Law Art. 23).
  [
    'CSTDCS',
    'LĐTT and HTXS',
    (e) =>
      person(e, {
        titles: [{ year: e.year, code: 'LDTT' }],
        ratings: [{ year: e.year, rating: 'HTXS' }],
        registeredFor: ['CSTDCS'],
      }),
    [],
  ],
  [
    'CSTDCS',
    'HTXS without an LĐTT title (the rating meets the standard)',
    (e) => person(e, { ratings: [{ year: e.year, rating: 'HTXS' }], registeredFor: ['CSTDCS'] }),
    [],
  ],
  [
    'CSTDCS',
    'HTTNV with a unit initiative that year',
    (e) =>
      person(e, {
        titles: [{ year: e.year, code: 'LDTT' }],
        ratings: [{ year: e.year, rating: 'HTTNV' }],
        initiatives: [{ id: 'SK1', recognizedOn: `${e.year}-06-01`, scope: 'unit' }],
        registeredFor: ['CSTDCS'],
      }),
    [],
  ],
  [
    'CSTDCS',
    'HTTNV and no initiative',
    (e) =>
      person(e, {
        titles: [{ year: e.year, code: 'LDTT' }],
        ratings: [{ year: e.year, rating: 'HTTNV' }],
        registeredFor: ['CSTDCS'],
      }),
    ['RATING_HTXS_OR_INITIATIVE_REQUIRED'],
  ],
  [
    'CSTDCS',
    'HTTNV with an initiative already used',
    (e) =>
      person(e, {
        titles: [{ year: e.year, code: 'LDTT' }],
        ratings: [{ year: e.year, rating: 'HTTNV' }],
        initiatives: [
          { id: 'SK1', recognizedOn: `${e.year}-06-01`, scope: 'unit', usedForAward: 'GIAY_KHEN' },
        ],
        registeredFor: ['CSTDCS'],
      }),
    ['RATING_HTXS_OR_INITIATIVE_REQUIRED', 'INITIATIVE_ALREADY_USED'],
  ],
  [
    'CSTDCS',
    'HTTNV with last year’s initiative',
    (e) =>
      person(e, {
        titles: [{ year: e.year, code: 'LDTT' }],
        ratings: [{ year: e.year, rating: 'HTTNV' }],
        initiatives: [{ id: 'SK0', recognizedOn: `${e.year - 1}-06-01`, scope: 'unit' }],
        registeredFor: ['CSTDCS'],
      }),
    ['RATING_HTXS_OR_INITIATIVE_REQUIRED'],
  ],
  [
    'CSTDCS',
    'rated HTNV without LĐTT',
    (e) => person(e, { ratings: [{ year: e.year, rating: 'HTNV' }], registeredFor: ['CSTDCS'] }),
    ['LDTT_REQUIRED', 'RATING_HTXS_OR_INITIATIVE_REQUIRED'],
  ],
  // Provincial CSTĐ: CSTĐCS for the 3 years ending at the award year + a province-wide initiative (Law Art. 22).
  [
    'CSTD_TINH',
    '3 consecutive CSTĐCS and a provincial initiative',
    (e) =>
      person(e, {
        titles: [0, 1, 2].map((d) => ({ year: e.year - d, code: 'CSTDCS' as const })),
        initiatives: [{ id: 'SK-T', recognizedOn: `${e.year}-03-01`, scope: 'province' }],
        registeredFor: ['CSTD_TINH'],
      }),
    [],
  ],
  [
    'CSTD_TINH',
    'a nationwide initiative is wide enough',
    (e) =>
      person(e, {
        titles: [0, 1, 2].map((d) => ({ year: e.year - d, code: 'CSTDCS' as const })),
        initiatives: [{ id: 'SK-N', recognizedOn: `${e.year - 2}-03-01`, scope: 'national' }],
        registeredFor: ['CSTD_TINH'],
      }),
    [],
  ],
  [
    'CSTD_TINH',
    'a gap in the CSTĐCS years',
    (e) =>
      person(e, {
        titles: [0, 2].map((d) => ({ year: e.year - d, code: 'CSTDCS' as const })),
        initiatives: [{ id: 'SK-T', recognizedOn: `${e.year}-03-01`, scope: 'province' }],
        registeredFor: ['CSTD_TINH'],
      }),
    ['CONSECUTIVE_TITLES_REQUIRED'],
  ],
  [
    'CSTD_TINH',
    'only a unit-level initiative',
    (e) =>
      person(e, {
        titles: [0, 1, 2].map((d) => ({ year: e.year - d, code: 'CSTDCS' as const })),
        initiatives: [{ id: 'SK-U', recognizedOn: `${e.year}-03-01`, scope: 'unit' }],
        registeredFor: ['CSTD_TINH'],
      }),
    ['INITIATIVE_SCOPE_TOO_NARROW'],
  ],
  [
    'CSTD_TINH',
    'the provincial initiative already backed another award',
    (e) =>
      person(e, {
        titles: [0, 1, 2].map((d) => ({ year: e.year - d, code: 'CSTDCS' as const })),
        initiatives: [
          {
            id: 'SK-T',
            recognizedOn: `${e.year}-03-01`,
            scope: 'province',
            usedForAward: 'BANG_KHEN_TINH',
          },
        ],
        registeredFor: ['CSTD_TINH'],
      }),
    ['INITIATIVE_ALREADY_USED'],
  ],
  [
    'CSTD_TINH',
    'no initiative',
    (e) =>
      person(e, {
        titles: [0, 1, 2].map((d) => ({ year: e.year - d, code: 'CSTDCS' as const })),
        registeredFor: ['CSTD_TINH'],
      }),
    ['INITIATIVE_REQUIRED'],
  ],
  [
    'CSTD_TINH',
    'an initiative recognised only after the evaluation date',
    (e) =>
      person(e, {
        titles: [0, 1, 2].map((d) => ({ year: e.year - d, code: 'CSTDCS' as const })),
        initiatives: [{ id: 'SK-T', recognizedOn: `${e.year}-12-31`, scope: 'province' }],
        registeredFor: ['CSTD_TINH'],
      }),
    ['INITIATIVE_REQUIRED'],
  ],
  [
    'CSTD_TINH',
    'an initiative older than the 3-year period',
    (e) =>
      person(e, {
        titles: [0, 1, 2].map((d) => ({ year: e.year - d, code: 'CSTDCS' as const })),
        initiatives: [{ id: 'SK-T', recognizedOn: `${e.year - 3}-12-01`, scope: 'province' }],
        registeredFor: ['CSTD_TINH'],
      }),
    ['INITIATIVE_REQUIRED'],
  ],
  // National CSTĐ: 2 consecutive provincial CSTĐ (3-year cycles) + a nationwide initiative (Law Art. 21).
  [
    'CSTD_TOAN_QUOC',
    '2 consecutive provincial CSTĐ and a national initiative',
    (e) =>
      person(e, {
        titles: [
          { year: e.year - 3, code: 'CSTD_TINH' },
          { year: e.year, code: 'CSTD_TINH' },
        ],
        initiatives: [{ id: 'SK-N', recognizedOn: `${e.year - 1}-05-01`, scope: 'national' }],
        registeredFor: ['CSTD_TOAN_QUOC'],
      }),
    [],
  ],
  [
    'CSTD_TOAN_QUOC',
    'only one provincial CSTĐ',
    (e) =>
      person(e, {
        titles: [{ year: e.year, code: 'CSTD_TINH' }],
        initiatives: [{ id: 'SK-N', recognizedOn: `${e.year - 1}-05-01`, scope: 'national' }],
        registeredFor: ['CSTD_TOAN_QUOC'],
      }),
    ['CONSECUTIVE_TITLES_REQUIRED'],
  ],
  [
    'CSTD_TOAN_QUOC',
    'a province-wide initiative only',
    (e) =>
      person(e, {
        titles: [
          { year: e.year - 3, code: 'CSTD_TINH' },
          { year: e.year, code: 'CSTD_TINH' },
        ],
        initiatives: [{ id: 'SK-T', recognizedOn: `${e.year - 1}-05-01`, scope: 'province' }],
        registeredFor: ['CSTD_TOAN_QUOC'],
      }),
    ['INITIATIVE_SCOPE_TOO_NARROW'],
  ],
  // TTLĐTT: rated HTTNV, ≥ 70% LĐTT members, nobody disciplined at "cảnh cáo" or worse.
  [
    'TTLDTT',
    '7 of 10 members LĐTT',
    (e) =>
      team(e, {
        ratings: [{ year: e.year, rating: 'HTTNV' }],
        memberStats: stats(10, 7, 10, 0, 0),
        registeredFor: ['TTLDTT'],
      }),
    [],
  ],
  [
    'TTLDTT',
    '6 of 10 members LĐTT',
    (e) =>
      team(e, {
        ratings: [{ year: e.year, rating: 'HTTNV' }],
        memberStats: stats(10, 6, 10, 0, 0),
        registeredFor: ['TTLDTT'],
      }),
    ['COLLECTIVE_LDTT_SHARE_TOO_LOW'],
  ],
  [
    'TTLDTT',
    'a member disciplined',
    (e) =>
      team(e, {
        ratings: [{ year: e.year, rating: 'HTTNV' }],
        memberStats: stats(10, 8, 10, 0, 1),
        registeredFor: ['TTLDTT'],
      }),
    ['MEMBER_DISCIPLINED'],
  ],
  [
    'TTLDTT',
    'rated HTNV',
    (e) =>
      team(e, {
        ratings: [{ year: e.year, rating: 'HTNV' }],
        memberStats: stats(10, 8, 10, 0, 0),
        registeredFor: ['TTLDTT'],
      }),
    ['RATING_HTTNV_REQUIRED'],
  ],
  [
    'TTLDTT',
    'no member figures',
    (e) => team(e, { ratings: [{ year: e.year, rating: 'HTTNV' }], registeredFor: ['TTLDTT'] }),
    ['MEMBER_STATS_REQUIRED'],
  ],
  [
    'TTLDTT',
    'an individual',
    (e) => person(e, { ratings: [{ year: e.year, rating: 'HTTNV' }], registeredFor: ['TTLDTT'] }),
    ['NOMINEE_KIND_MISMATCH'],
  ],
  // TTLĐXS: HTXS, 100% complete, ≥ 70% LĐTT, at least one CSTĐCS.
  [
    'TTLDXS',
    'all criteria met',
    (e) =>
      team(e, {
        ratings: [{ year: e.year, rating: 'HTXS' }],
        memberStats: stats(10, 7, 10, 1, 0),
        registeredFor: ['TTLDXS'],
      }),
    [],
  ],
  [
    'TTLDXS',
    'rated HTTNV',
    (e) =>
      team(e, {
        ratings: [{ year: e.year, rating: 'HTTNV' }],
        memberStats: stats(10, 7, 10, 1, 0),
        registeredFor: ['TTLDXS'],
      }),
    ['RATING_HTXS_REQUIRED'],
  ],
  [
    'TTLDXS',
    '9 of 10 completed their tasks',
    (e) =>
      team(e, {
        ratings: [{ year: e.year, rating: 'HTXS' }],
        memberStats: stats(10, 7, 9, 1, 0),
        registeredFor: ['TTLDXS'],
      }),
    ['MEMBERS_NOT_ALL_COMPLETED'],
  ],
  [
    'TTLDXS',
    '13 of 20 members LĐTT',
    (e) =>
      team(e, {
        ratings: [{ year: e.year, rating: 'HTXS' }],
        memberStats: stats(20, 13, 20, 2, 0),
        registeredFor: ['TTLDXS'],
      }),
    ['COLLECTIVE_LDTT_SHARE_TOO_LOW'],
  ],
  [
    'TTLDXS',
    'no CSTĐCS member',
    (e) =>
      team(e, {
        ratings: [{ year: e.year, rating: 'HTXS' }],
        memberStats: stats(10, 7, 10, 0, 0),
        registeredFor: ['TTLDXS'],
      }),
    ['COLLECTIVE_CSTDCS_REQUIRED'],
  ],
  [
    'TTLDXS',
    'no member figures (reported once)',
    (e) => team(e, { ratings: [{ year: e.year, rating: 'HTXS' }], registeredFor: ['TTLDXS'] }),
    ['MEMBER_STATS_REQUIRED'],
  ],
  // Provincial flag: leader of a provincial cluster/block, rated HTXS.
  [
    'CO_THI_DUA_TINH',
    'cluster leader rated HTXS',
    (e) =>
      team(e, {
        ratings: [{ year: e.year, rating: 'HTXS' }],
        leadsEmulationCluster: true,
        registeredFor: ['CO_THI_DUA_TINH'],
      }),
    [],
  ],
  [
    'CO_THI_DUA_TINH',
    'not the cluster leader',
    (e) =>
      team(e, { ratings: [{ year: e.year, rating: 'HTXS' }], registeredFor: ['CO_THI_DUA_TINH'] }),
    ['CLUSTER_LEADERSHIP_REQUIRED'],
  ],
  [
    'CO_THI_DUA_TINH',
    'first in its cluster by the recorded ranking (no statement needed)',
    (e) =>
      team(e, {
        ratings: [{ year: e.year, rating: 'HTXS' }],
        clusterStandings: [{ year: e.year, clusterName: 'Cụm 02', rank: 1 }],
        registeredFor: ['CO_THI_DUA_TINH'],
      }),
    [],
  ],
  [
    'CO_THI_DUA_TINH',
    'second by the recorded ranking, whatever the unit states',
    (e) =>
      team(e, {
        ratings: [{ year: e.year, rating: 'HTXS' }],
        leadsEmulationCluster: true,
        clusterStandings: [{ year: e.year, clusterName: 'Cụm 02', rank: 2 }],
        registeredFor: ['CO_THI_DUA_TINH'],
      }),
    ['CLUSTER_LEADERSHIP_REQUIRED'],
  ],
  [
    'CO_THI_DUA_TINH',
    "a ranking of another year is not this year's",
    (e) =>
      team(e, {
        ratings: [{ year: e.year, rating: 'HTXS' }],
        clusterStandings: [{ year: e.year - 1, clusterName: 'Cụm 02', rank: 1 }],
        registeredFor: ['CO_THI_DUA_TINH'],
      }),
    ['CLUSTER_LEADERSHIP_REQUIRED'],
  ],
  [
    'CO_THI_DUA_TINH',
    'rated HTTNV',
    (e) =>
      team(e, {
        ratings: [{ year: e.year, rating: 'HTTNV' }],
        leadsEmulationCluster: true,
        registeredFor: ['CO_THI_DUA_TINH'],
      }),
    ['RATING_HTXS_REQUIRED'],
  ],
  // Giấy khen (Bắc Ninh QĐ 86/2025 Art. 4(3)): good completion and one of the achievements;
  // a form of commendation needs no registration.
  [
    'GIAY_KHEN',
    'an individual rated HTTNV with an achievement in a movement',
    (e) =>
      person(e, {
        ratings: [{ year: e.year, rating: 'HTTNV' }],
        claimedAchievements: ['movement-achievement'],
      }),
    [],
  ],
  [
    'GIAY_KHEN',
    'an individual rated HTTNV stating no achievement',
    (e) => person(e, { ratings: [{ year: e.year, rating: 'HTTNV' }] }),
    ['NO_ROUTE_MET'],
  ],
  [
    'GIAY_KHEN',
    'a farmer without a rating, working productively, with influential achievements',
    (e) => person(e, { claimedAchievements: ['productive-labour', 'influential-achievement'] }),
    [],
  ],
  [
    'GIAY_KHEN',
    'a collective rated HTTNV with influential achievements',
    (e) =>
      team(e, {
        ratings: [{ year: e.year, rating: 'HTTNV' }],
        claimedAchievements: ['influential-achievement'],
      }),
    [],
  ],
  [
    'GIAY_KHEN',
    'an individual rated HTNV',
    (e) =>
      person(e, {
        ratings: [{ year: e.year, rating: 'HTNV' }],
        claimedAchievements: ['movement-achievement'],
      }),
    ['RATING_HTTNV_REQUIRED', 'NO_ROUTE_MET'],
  ],
  [
    'GIAY_KHEN',
    'a collective rated KHTNV',
    (e) =>
      team(e, {
        ratings: [{ year: e.year, rating: 'KHTNV' }],
        claimedAchievements: ['movement-achievement'],
      }),
    ['RATING_HTTNV_REQUIRED'],
  ],
  // Households (Bắc Ninh QĐ 86/2025 Art. 4(3)(c), 3(3)(d)): contributions of labour, land, assets.
  [
    'GIAY_KHEN',
    'a household contributing land to the commune',
    (e) => ({
      ...person(e, { claimedAchievements: ['household-contribution'] }),
      kind: 'household',
    }),
    [],
  ],
  [
    'BANG_KHEN_TINH',
    'a household contributing land and assets',
    (e) => ({
      ...person(e, { claimedAchievements: ['household-contribution'] }),
      kind: 'household',
    }),
    [],
  ],
  [
    'BANG_KHEN_TINH',
    'a household stating no contribution',
    (e) => ({ ...person(e, {}), kind: 'household' }),
    ['NO_ROUTE_MET'],
  ],
  [
    'LDTT',
    'a household',
    (e) => ({ ...person(e, { registeredFor: ['LDTT'] }), kind: 'household' }),
    ['NOMINEE_KIND_MISMATCH'],
  ],
  // Bằng khen tỉnh (Bắc Ninh QĐ 86/2025 Art. 3(3)): one of five routes for individuals, four for
  // collectives — 2 consecutive CSTĐCS, or 2 years HTXS with 2 unit initiatives, or a judged one.
  [
    'BANG_KHEN_TINH',
    'an individual with an outstanding achievement in a provincial movement (Art. 3(3)(a), route 1)',
    (e) => person(e, { claimedAchievements: ['movement-achievement'] }),
    [],
  ],
  [
    'BANG_KHEN_TINH',
    'an individual with influential achievements (route 2)',
    (e) => person(e, { claimedAchievements: ['influential-achievement'] }),
    [],
  ],
  [
    'BANG_KHEN_TINH',
    'a benefactor contributing to socio-economic development (route 3)',
    (e) => person(e, { claimedAchievements: ['socio-economic-contribution'] }),
    [],
  ],
  [
    'BANG_KHEN_TINH',
    'a farmer with many achievements in production (route 5)',
    (e) => person(e, { claimedAchievements: ['production-achievement'] }),
    [],
  ],
  [
    'BANG_KHEN_TINH',
    'a collective with an outstanding achievement in a movement (Art. 3(3)(c))',
    (e) => team(e, { claimedAchievements: ['movement-achievement'] }),
    [],
  ],
  [
    'BANG_KHEN_TINH',
    '2 consecutive CSTĐCS',
    (e) =>
      person(e, {
        titles: [
          { year: e.year - 1, code: 'CSTDCS' },
          { year: e.year, code: 'CSTDCS' },
        ],
      }),
    [],
  ],
  [
    'BANG_KHEN_TINH',
    '2 years HTXS with 2 unit initiatives',
    (e) =>
      person(e, {
        ratings: [
          { year: e.year - 1, rating: 'HTXS' },
          { year: e.year, rating: 'HTXS' },
        ],
        initiatives: [
          { id: 'A', recognizedOn: `${e.year - 1}-04-01`, scope: 'unit' },
          { id: 'B', recognizedOn: `${e.year}-04-01`, scope: 'unit' },
        ],
      }),
    [],
  ],
  [
    'BANG_KHEN_TINH',
    'one CSTĐCS and one year HTXS',
    (e) =>
      person(e, {
        titles: [{ year: e.year, code: 'CSTDCS' }],
        ratings: [{ year: e.year, rating: 'HTXS' }],
      }),
    ['BANG_KHEN_RECORD_REQUIRED', 'NO_ROUTE_MET'],
  ],
  [
    'BANG_KHEN_TINH',
    '2 years HTXS but one initiative already used',
    (e) =>
      person(e, {
        ratings: [
          { year: e.year - 1, rating: 'HTXS' },
          { year: e.year, rating: 'HTXS' },
        ],
        initiatives: [
          { id: 'A', recognizedOn: `${e.year - 1}-04-01`, scope: 'unit', usedForAward: 'CSTDCS' },
          { id: 'B', recognizedOn: `${e.year}-04-01`, scope: 'unit' },
        ],
      }),
    ['BANG_KHEN_RECORD_REQUIRED', 'INITIATIVE_ALREADY_USED', 'NO_ROUTE_MET'],
  ],
  [
    'BANG_KHEN_TINH',
    'a collective with HTXS then TTLĐXS',
    (e) =>
      team(e, {
        ratings: [{ year: e.year - 1, rating: 'HTXS' }],
        titles: [{ year: e.year, code: 'TTLDXS' }],
      }),
    [],
  ],
  [
    'BANG_KHEN_TINH',
    'a collective excellent in only one of 2 years',
    (e) =>
      team(e, {
        ratings: [
          { year: e.year - 1, rating: 'HTTNV' },
          { year: e.year, rating: 'HTXS' },
        ],
      }),
    ['COLLECTIVE_EXCELLENCE_REQUIRED', 'NO_ROUTE_MET'],
  ],
  // Ad-hoc awards: judged on the achievement; only the pending-proceedings bar applies.
  ['GIAY_KHEN_DOT_XUAT', 'an individual with no record', (e) => person(e, {}), []],
  [
    'GIAY_KHEN_DOT_XUAT',
    'a collective under inspection',
    (e) => team(e, { inspectionPending: true }),
    ['INSPECTION_PENDING'],
  ],
  ['BANG_KHEN_TINH_DOT_XUAT', 'a collective with no record', (e) => team(e, {}), []],
  [
    'BANG_KHEN_TINH_DOT_XUAT',
    'an individual facing discipline',
    (e) => person(e, { disciplinePending: true }),
    ['DISCIPLINE_PENDING'],
  ],
];

describe.each(ERAS)('eligibility under $ruleSet', (era) => {
  it.each(CASES)('%s, %s → %j', (awardCode, _description, nominee, expected) => {
    const result = evaluateEligibility({ awardCode, asOf: era.asOf, nominee: nominee(era) });
    expect(result.ruleSet).toBe(era.ruleSet);
    expect(result.reasons.map((r) => r.code)).toEqual(expected);
    expect(result.eligible).toBe(expected.length === 0);
    for (const reason of result.reasons) {
      expect(reason.legalRef.instrument).not.toBe('');
      expect(reason.legalRef.article).not.toBe('');
      expect(reason.message.vi).not.toBe('');
      expect(reason.message.en).not.toBe('');
    }
  });
});

describe('eligibility results', () => {
  const cstdcs: Nominee = {
    kind: 'individual',
    unitLevel: 'commune',
    titles: [
      { year: 2024, code: 'LDTT' },
      { year: 2025, code: 'LDTT' },
    ],
    ratings: [
      { year: 2024, rating: 'HTXS' },
      { year: 2025, rating: 'HTXS' },
    ],
    initiatives: [],
    registeredFor: ['CSTDCS'],
  };

  it('gives the same nominee the deciding level of its own rule set', () => {
    const in2024 = evaluateEligibility({
      awardCode: 'CSTDCS',
      asOf: '2024-12-15',
      nominee: cstdcs,
    });
    const in2025 = evaluateEligibility({
      awardCode: 'CSTDCS',
      asOf: '2025-12-15',
      nominee: cstdcs,
    });
    expect([in2024.ruleSet, in2024.decidingLevel, in2024.decider?.vi, in2024.approvalPath]).toEqual(
      ['VN-2024', 'district', 'Chủ tịch UBND cấp huyện', ['commune', 'district']],
    );
    expect([in2025.ruleSet, in2025.decidingLevel, in2025.decider?.vi, in2025.approvalPath]).toEqual(
      ['VN-2025-07', 'commune', 'Chủ tịch UBND cấp xã', ['commune']],
    );
    expect(in2024.eligible && in2025.eligible).toBe(true);
  });

  it('rejects a district unit under the two-tier rule set but keeps evaluating the rest', () => {
    const result = evaluateEligibility({
      awardCode: 'GIAY_KHEN',
      asOf: '2025-12-15',
      nominee: {
        ...cstdcs,
        unitLevel: 'district',
        ratings: [{ year: 2025, rating: 'HTNV' }],
        claimedAchievements: ['movement-achievement'],
      },
    });
    expect(result.reasons.map((r) => r.code)).toEqual([
      'UNIT_LEVEL_NOT_IN_RULE_SET',
      'RATING_HTTNV_REQUIRED',
      'NO_ROUTE_MET',
    ]);
    expect(result.reasons[0]?.legalRef).toEqual(
      expect.objectContaining({ instrument: 'NĐ 129/2025/NĐ-CP', article: '59' }),
    );
    expect(result.decidingLevel).toBeNull();
    expect(result.approvalPath).toEqual([]);
  });

  it('tells a reviewer every reason, each with its article and the concrete numbers', () => {
    const result = evaluateEligibility({
      awardCode: 'CSTD_TINH',
      asOf: '2024-12-15',
      nominee: {
        kind: 'individual',
        unitLevel: 'district',
        titles: [
          { year: 2022, code: 'CSTDCS' },
          { year: 2024, code: 'CSTDCS' },
        ],
        ratings: [{ year: 2024, rating: 'HTXS' }],
        initiatives: [
          { id: 'SK-01', recognizedOn: '2024-03-01', scope: 'unit' },
          {
            id: 'SK-02',
            recognizedOn: '2023-05-10',
            scope: 'province',
            usedForAward: 'BANG_KHEN_TINH',
          },
        ],
        disciplinePending: true,
      },
    });
    expect(result.eligible).toBe(false);
    expect(result.reasons.map((r) => [r.code, r.legalRef.instrument, r.legalRef.article])).toEqual([
      ['DISCIPLINE_PENDING', 'NĐ 98/2023/NĐ-CP', '4'],
      ['REGISTRATION_REQUIRED', 'NĐ 98/2023/NĐ-CP', '4'],
      ['CONSECUTIVE_TITLES_REQUIRED', 'Luật 06/2022/QH15', '22'],
      ['INITIATIVE_SCOPE_TOO_NARROW', 'Luật 06/2022/QH15', '22'],
      ['INITIATIVE_ALREADY_USED', 'CV 5007/BNV-TĐKT (2023)', 'III.5.c'],
    ]);
    const consecutive = result.reasons[2]?.message;
    expect(consecutive?.vi).toContain('năm 2022, 2023, 2024');
    expect(consecutive?.vi).toContain('thiếu năm 2023');
    expect(consecutive?.en).toContain('missing 2023');
    expect(result.reasons[3]?.message.en).toContain('SK-01');
    expect(result.reasons[4]?.message.vi).toContain('SK-02');
  });

  it('explains a low LĐTT share with the numbers', () => {
    const result = evaluateEligibility({
      awardCode: 'TTLDTT',
      asOf: '2024-12-15',
      nominee: {
        kind: 'collective',
        unitLevel: 'district',
        titles: [],
        ratings: [{ year: 2024, rating: 'HTTNV' }],
        initiatives: [],
        registeredFor: ['TTLDTT'],
        memberStats: stats(15, 10, 15, 0, 0),
      },
    });
    expect(result.reasons[0]?.message.vi).toBe(
      'Chỉ 10/15 thành viên (66,6%) đạt Lao động tiên tiến; cần tối thiểu 70%.',
    );
    expect(result.reasons[0]?.message.en).toContain('10/15 members (66.6%)');
  });

  it.each([
    ['CSTDCS', { numerator: 4, denominator: 5, percent: 80, basis: 'all-members' }, 1],
    ['CSTD_TINH', { numerator: 9, denominator: 10, percent: 90, basis: 'all-members' }, 3],
    ['LDTT', undefined, 0.3],
  ] as const)(
    '%s carries its council threshold %o and bonus coefficient %d',
    (awardCode, threshold, coefficient) => {
      const result = evaluateEligibility({ awardCode, asOf: '2025-12-15', nominee: cstdcs });
      expect(result.councilThreshold).toEqual(threshold);
      expect(result.bonusCoefficient).toBe(coefficient);
      expect(result.requiredDocuments.length).toBeGreaterThan(2);
    },
  );

  it('honours a pinned rule set and an explicit award year', () => {
    const result = evaluateEligibility({
      awardCode: 'CSTDCS',
      asOf: '2025-02-10',
      awardYear: 2024,
      ruleSetId: 'VN-2024+DN',
      nominee: cstdcs,
    });
    expect(result.ruleSet).toBe('VN-2024+DN');
    expect(result.awardYear).toBe(2024);
    expect(result.decidingLevel).toBe('district');
    expect(result.eligible).toBe(true);
  });

  it.each([
    ['2024-12-15', 'DN', 'VN-2024+DN'],
    ['2025-12-15', 'DN', 'VN-2025-07+DN'],
    ['2025-12-15', undefined, 'VN-2025-07'],
  ])('on %s with profile %p evaluates under %s', (asOf, profileId, ruleSet) => {
    const result = evaluateEligibility({ awardCode: 'LDTT', asOf, profileId, nominee: cstdcs });
    expect(result.ruleSet).toBe(ruleSet);
  });

  it('lets a pinned rule set win over the profile', () => {
    const result = evaluateEligibility({
      awardCode: 'LDTT',
      asOf: '2024-12-15',
      ruleSetId: 'VN-2024',
      profileId: 'DN',
      nominee: cstdcs,
    });
    expect(result.ruleSet).toBe('VN-2024');
  });
});

describe('input validation', () => {
  const valid: EligibilityInput = {
    awardCode: 'LDTT',
    asOf: '2024-12-15',
    nominee: {
      kind: 'individual',
      unitLevel: 'district',
      titles: [],
      ratings: [],
      initiatives: [],
    },
  };

  const issuesOf = (input: unknown): { field: string; rule: string }[] => {
    try {
      evaluateEligibility(input as EligibilityInput);
    } catch (error) {
      expect(error).toBeInstanceOf(DomainValidationError);
      return (error as DomainValidationError).errors.map(({ field, rule }) => ({ field, rule }));
    }
    throw new Error('expected a DomainValidationError');
  };

  it.each([
    [{ ...valid, awardCode: 'CSTD_HUYEN' }, 'awardCode', 'known-award-code'],
    [{ ...valid, asOf: '2024-02-30' }, 'asOf', 'iso-date'],
    [{ ...valid, asOf: '2023-12-01' }, 'asOf', 'rule-set-in-force'],
    [{ ...valid, ruleSetId: 'VN-1999' }, 'ruleSetId', 'known-rule-set'],
    [{ ...valid, profileId: 'XX' }, 'profileId', 'known-profile'],
    [{ ...valid, awardYear: 2025 }, 'awardYear', 'not-after-asOf'],
    [{ ...valid, nominee: undefined }, 'nominee', 'object'],
    [{ ...valid, nominee: { ...valid.nominee, kind: 'team' } }, 'nominee.kind', 'enum'],
    [
      { ...valid, nominee: { ...valid.nominee, unitLevel: '' } },
      'nominee.unitLevel',
      'non-empty-string',
    ],
    [
      {
        ...valid,
        nominee: {
          ...valid.nominee,
          titles: [
            { year: 2022, code: 'LDTT' },
            { year: 2023, code: 'LDTT' },
            { year: 2024.5, code: 'LDTT' },
          ],
        },
      },
      'nominee.titles[2].year',
      'integer',
    ],
    [
      { ...valid, nominee: { ...valid.nominee, titles: [{ year: 2024, code: 'X' }] } },
      'nominee.titles[0].code',
      'known-award-code',
    ],
    [
      {
        ...valid,
        nominee: {
          ...valid.nominee,
          ratings: [
            { year: 2024, rating: 'HTXS' },
            { year: 2024, rating: 'HTNV' },
          ],
        },
      },
      'nominee.ratings[1].year',
      'unique-year',
    ],
    [
      { ...valid, nominee: { ...valid.nominee, ratings: [{ year: 2024, rating: 'TOT' }] } },
      'nominee.ratings[0].rating',
      'enum',
    ],
    [
      {
        ...valid,
        nominee: {
          ...valid.nominee,
          initiatives: [{ id: 'A', recognizedOn: '2024-13-01', scope: 'unit' }],
        },
      },
      'nominee.initiatives[0].recognizedOn',
      'iso-date',
    ],
    [
      {
        ...valid,
        nominee: {
          ...valid.nominee,
          initiatives: [{ id: 'A', recognizedOn: '2024-01-01', scope: 'district' }],
        },
      },
      'nominee.initiatives[0].scope',
      'enum',
    ],
    [
      { ...valid, nominee: { ...valid.nominee, registeredFor: ['LDTT', 'NOPE'] } },
      'nominee.registeredFor[1]',
      'known-award-code',
    ],
    [
      { ...valid, nominee: { ...valid.nominee, disciplinePending: 'yes' } },
      'nominee.disciplinePending',
      'boolean',
    ],
    [
      { ...valid, nominee: { ...valid.nominee, memberStats: stats(0, 0, 0, 0, 0) } },
      'nominee.memberStats.members',
      'positive-integer',
    ],
    [
      { ...valid, nominee: { ...valid.nominee, memberStats: stats(5, 6, 5, 0, 0) } },
      'nominee.memberStats.ldttMembers',
      'at-most-members',
    ],
  ])('%#: names %s (%s)', (input, field, rule) => {
    expect(issuesOf(input)).toContainEqual({ field, rule });
  });

  it('reports every problem at once', () => {
    const issues = issuesOf({
      awardCode: 'NOPE',
      asOf: 'yesterday',
      nominee: {
        kind: 'individual',
        unitLevel: 'district',
        titles: 'none',
        ratings: [],
        initiatives: [{}],
      },
    });
    expect(issues.map((i) => i.field)).toEqual([
      'awardCode',
      'asOf',
      'nominee.titles',
      'nominee.initiatives[0].id',
      'nominee.initiatives[0].recognizedOn',
      'nominee.initiatives[0].scope',
    ]);
  });
});

describe('Luật 06/2026/QH16 (reported; VN-2026-10 from 2026-10-01)', () => {
  const innovator: Nominee = {
    kind: 'individual',
    unitLevel: 'commune',
    titles: [],
    ratings: [{ year: 2026, rating: 'HTTNV' }],
    initiatives: [],
    claimedAchievements: ['innovation-digital-leadership'],
  };

  it.each([
    ['VN-2025-07', '2026-09-30', false],
    ['VN-2026-10', '2026-10-01', true],
  ])(
    'the innovation/digital-transformation route of Bằng khen exists under %s (on %s): %s',
    (ruleSet, asOf, eligible) => {
      const result = evaluateEligibility({ awardCode: 'BANG_KHEN_TINH', asOf, nominee: innovator });
      expect([result.ruleSet, result.eligible]).toEqual([ruleSet, eligible]);
    },
  );

  it('says that a judged route is for the reviewers and that its rule is unconfirmed', () => {
    const result = evaluateEligibility({
      awardCode: 'BANG_KHEN_TINH',
      asOf: '2026-12-07',
      nominee: innovator,
    });
    expect(result.notes.map((n) => n.code)).toEqual([
      'ACHIEVEMENT_TO_BE_JUDGED',
      'RULE_UNCONFIRMED',
    ]);
    expect(result.notes[0]?.legalRef.instrument).toBe('Luật 06/2026/QH16');
  });

  it('takes a stated cluster leadership only with a note when no ranking is recorded', () => {
    const flag = (extra: Partial<Nominee>) =>
      evaluateEligibility({
        awardCode: 'CO_THI_DUA_TINH',
        asOf: '2024-12-16',
        nominee: {
          kind: 'collective',
          unitLevel: 'district',
          titles: [],
          ratings: [{ year: 2024, rating: 'HTXS' }],
          initiatives: [],
          registeredFor: ['CO_THI_DUA_TINH'],
          ...extra,
        },
      });
    const stated = flag({ leadsEmulationCluster: true });
    const ranked = flag({ clusterStandings: [{ year: 2024, clusterName: 'Cụm 02', rank: 1 }] });
    expect(stated.reasons).toEqual([]);
    expect(stated.notes.map((n) => n.code)).toContain('CLUSTER_RANKING_NOT_RECORDED');
    expect(ranked.reasons).toEqual([]);
    expect(ranked.notes.map((n) => n.code)).not.toContain('CLUSTER_RANKING_NOT_RECORDED');
  });

  it('notes the priority for ethnic-minority and mountain areas without changing the verdict', () => {
    const nominee = { ...innovator, ethnicMinorityOrMountainArea: true };
    const after = evaluateEligibility({ awardCode: 'BANG_KHEN_TINH', asOf: '2026-12-07', nominee });
    const before = evaluateEligibility({
      awardCode: 'BANG_KHEN_TINH',
      asOf: '2026-09-15',
      nominee,
    });
    expect(after.notes.map((n) => n.code)).toContain('PRIORITY_AREA');
    expect(before.notes.map((n) => n.code)).not.toContain('PRIORITY_AREA');
  });

  // Transition (reported): a dossier received for appraisal before 1/10/2026 stays under the 2022
  // Law (VN-2025-07) unless the new rule is more favourable to the nominee.
  it.each<[string, string, string, string, boolean, string | null]>([
    ['received 30/9, judged 30/9', 'VN-2025-07', '2026-09-30', '2026-09-30', false, null],
    [
      'received 30/9, judged 7/12: the new route is more favourable',
      'VN-2025-07',
      '2026-09-30',
      '2026-12-07',
      true,
      'VN-2026-10',
    ],
    [
      'received 1/10 under the new rule set',
      'VN-2026-10',
      '2026-10-01',
      '2026-12-07',
      true,
      'VN-2026-10',
    ],
    [
      'received 1/10 but pinned to the old rule set: no transition reaches it',
      'VN-2025-07',
      '2026-10-01',
      '2026-12-07',
      false,
      'VN-2025-07',
    ],
  ])(
    'transition (Luật 06/2026/QH16): %s',
    (_case, ruleSetId, receivedOn, asOf, eligible, ruleSet) => {
      const result = evaluateEligibility({
        awardCode: 'BANG_KHEN_TINH',
        ruleSetId,
        receivedOn,
        asOf,
        nominee: innovator,
      });
      expect(result.eligible).toBe(eligible);
      if (ruleSet !== null) expect(result.ruleSet).toBe(ruleSet);
      expect(result.notes.some((n) => n.code === 'TRANSITION_MORE_FAVOURABLE')).toBe(
        ruleSetId === 'VN-2025-07' && eligible,
      );
    },
  );

  it('keeps the pinned rule set when the nominee meets it, even after the cut-over', () => {
    const result = evaluateEligibility({
      awardCode: 'BANG_KHEN_TINH',
      ruleSetId: 'VN-2025-07+DN',
      receivedOn: '2026-09-20',
      asOf: '2026-12-07',
      nominee: { ...innovator, claimedAchievements: ['movement-achievement'] },
    });
    expect([result.ruleSet, result.eligible]).toEqual(['VN-2025-07+DN', true]);
  });

  it('applies the successor with the same provincial profile', () => {
    const result = evaluateEligibility({
      awardCode: 'BANG_KHEN_TINH',
      ruleSetId: 'VN-2025-07+DN',
      receivedOn: '2026-09-20',
      asOf: '2026-12-07',
      nominee: innovator,
    });
    expect([result.ruleSet, result.eligible]).toEqual(['VN-2026-10+DN', true]);
  });
});
