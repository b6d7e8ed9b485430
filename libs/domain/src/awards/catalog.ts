import type { LegalRef } from '../shared/legal-ref';
import type { LocalizedText } from '../shared/localized-text';
import type {
  AwardDefinition,
  BallotRule,
  BonusCoefficient,
  Criterion,
  CriterionRoute,
  DecidingAuthority,
  DecidingRule,
} from '../rules/types';
import type { AchievementClaim, AwardCode } from './codes';
import { ACHIEVEMENT_LABELS } from './achievements';
import type { DocumentCode } from './documents';

const LAW = 'Luật 06/2022/QH15';
const BAC_NINH = 'QĐ 86/2025/QĐ-UBND tỉnh Bắc Ninh';
const law = (article: string, clause?: string, point?: string, note?: string): LegalRef => ({
  instrument: LAW,
  article,
  ...(clause ? { clause } : {}),
  ...(point ? { point } : {}),
  ...(note ? { note } : {}),
});
const bacNinh = (article: string, clause?: string, point?: string): LegalRef => ({
  instrument: BAC_NINH,
  article,
  ...(clause ? { clause } : {}),
  ...(point ? { point } : {}),
  note: 'Provincial model (Bắc Ninh); a provincial profile may replace it',
});

/** What differs between the legal eras when building the award catalog. */
export interface CatalogContext {
  /** The decree detailing the Law in this era, e.g. "NĐ 98/2023/NĐ-CP". */
  readonly decree: string;
  /** Article of the decree with the bonus multiples of emulation titles. */
  readonly titleBonusArticle: string;
  /** Reference for bonuses of forms of commendation (Bằng khen, Giấy khen). */
  readonly formBonusRef: LegalRef;
  /** Whether the collective form bonuses were read in the decree itself. */
  readonly formCollectiveBonusConfirmed: boolean;
  readonly ballotRef: LegalRef;
  /** Deciding authority for LĐTT and Giấy khen, by proposing unit level. */
  readonly localAwardDeciding: Readonly<Record<string, DecidingAuthority>>;
  /** Deciding authority for CSTĐCS and TTLĐTT, by proposing unit level. */
  readonly localTitleDeciding: Readonly<Record<string, DecidingAuthority>>;
  readonly localDecidingRef: LegalRef;
  readonly provinceChairman: DecidingAuthority;
  readonly primeMinister: DecidingAuthority;
  /** Adds "đi đầu trong đổi mới sáng tạo, chuyển đổi số" as a route of Bằng khen and Giấy khen. */
  readonly innovationRef?: LegalRef;
  /** Adds the thematic commendations (khen thưởng chuyên đề, phong trào thi đua theo chuyên đề). */
  readonly thematicRef?: LegalRef;
}

/** A route met by an achievement the unit states and the reviewers judge. */
function claimRoute(
  achievement: AchievementClaim,
  legalRef: LegalRef,
  confirmed: boolean,
  origin: Criterion['origin'] = 'provincial-model',
): CriterionRoute {
  return {
    id: achievement,
    label: ACHIEVEMENT_LABELS[achievement],
    criteria: [{ kind: 'claimed-achievement', achievement, confirmed, legalRef, origin }],
  };
}

function recordRoute(id: string, label: LocalizedText, criterion: Criterion): CriterionRoute {
  return { id, label, criteria: [criterion] };
}

const GIAY_KHEN_FORM = {
  form: { vi: 'Giấy khen', en: 'Certificate of Merit' },
  by: 'chairman',
} as const;
const BANG_KHEN_FORM = {
  form: { vi: 'Bằng khen', en: 'Certificate of Commendation' },
  by: 'chairman',
} as const;
const AD_HOC = { vi: '(đột xuất)', en: '(ad hoc)' };
const THEMATIC = { vi: '(khen thưởng chuyên đề)', en: '(thematic commendation)' };

const STANDARD_DOCS: readonly DocumentCode[] = [
  'TO_TRINH',
  'BAO_CAO_THANH_TICH',
  'BIEN_BAN_BINH_XET',
];
const SIMPLIFIED_DOCS: readonly DocumentCode[] = ['TO_TRINH', 'TOM_TAT_THANH_TICH'];

const PROVINCIAL_COUNCIL = {
  vi: 'Hội đồng Thi đua - Khen thưởng cấp tỉnh',
  en: 'Provincial Emulation & Commendation Council',
};
const SUBMITTING_COUNCIL = {
  vi: 'Hội đồng Thi đua - Khen thưởng cấp trình khen thưởng',
  en: 'Emulation & Commendation Council of the submitting level',
};

/** Builds the award catalog of one legal era; the rule sets call it with their own context. */
export function buildAwardCatalog(
  ctx: CatalogContext,
): Partial<Record<AwardCode, AwardDefinition>> {
  const titleBonus = (clause: string, point: string, thousandths: number): BonusCoefficient => ({
    thousandths,
    legalRef: { instrument: ctx.decree, article: ctx.titleBonusArticle, clause, point },
    confirmed: true,
  });
  const formBonus = (thousandths: number, confirmed: boolean, note: string): BonusCoefficient => ({
    thousandths,
    legalRef: { ...ctx.formBonusRef, note },
    confirmed,
  });
  const ballot = (numerator: number, denominator: number, provincial: boolean): BallotRule => ({
    threshold: { numerator, denominator },
    basis: 'all-members',
    council: provincial ? PROVINCIAL_COUNCIL : SUBMITTING_COUNCIL,
    legalRef: ctx.ballotRef,
  });
  const local = (byUnitLevel: Readonly<Record<string, DecidingAuthority>>): DecidingRule => ({
    kind: 'by-unit-level',
    byUnitLevel,
    legalRef: ctx.localDecidingRef,
  });
  const province: DecidingRule = {
    kind: 'fixed',
    authority: ctx.provinceChairman,
    legalRef: law('79', undefined, undefined, 'article number UNCONFIRMED'),
  };
  const nation: DecidingRule = {
    kind: 'fixed',
    authority: ctx.primeMinister,
    legalRef: law('78', undefined, undefined, 'article number UNCONFIRMED'),
  };
  // A household receives 1.5 times an individual's bonus for the same form, as reported of
  // NĐ 152/2025/NĐ-CP (Lao Động, https://news.laodong.vn/thoi-su/truong-hop-nhan-giay-khen-cua-chu-tich-ubnd-xa-se-duoc-thuong-hon-1-trieu-dong-1562282.ldo:
  // a commune chairman's Giấy khen pays a household 1,053,000 VND against an individual's 702,000).
  const householdNote =
    'UNCONFIRMED household rate: 1.5 × the individual rate, as reported of NĐ 152/2025/NĐ-CP (article not read; taken alike under earlier decrees)';
  const giayKhenBonus = {
    individual: formBonus(
      300,
      false,
      'UNCONFIRMED individual rate: half the collective 0.6× (collectives receive double); NĐ 152/2025/NĐ-CP Art. 54(1)(e) as quoted by Lao Động gives 0.3×',
    ),
    household: formBonus(450, false, householdNote),
    collective: formBonus(600, ctx.formCollectiveBonusConfirmed, 'Giấy khen: collective 0.6×'),
  };
  const bangKhenBonus = {
    individual: formBonus(
      1500,
      false,
      'UNCONFIRMED individual rate: half the collective 3.0× (collectives receive double); NĐ 152/2025/NĐ-CP Art. 54(1)(b) as quoted by secondary sources gives 1.5×',
    ),
    household: formBonus(2250, false, householdNote),
    collective: formBonus(
      3000,
      ctx.formCollectiveBonusConfirmed,
      'Bằng khen tỉnh: collective 3.0×',
    ),
  };
  const noCriteria: readonly Criterion[] = [];
  const innovationRoutes: CriterionRoute[] = ctx.innovationRef
    ? [claimRoute('innovation-digital-leadership', ctx.innovationRef, false, 'law')]
    : [];

  const adHocBonus = (bonus: typeof giayKhenBonus) => ({
    individual: bonus.individual,
    collective: bonus.collective,
  });
  const catalog: Partial<Record<AwardCode, AwardDefinition>> = {
    LDTT: {
      code: 'LDTT',
      name: { vi: 'Lao động tiên tiến', en: 'Advanced Worker' },
      kind: 'emulation-title',
      nomineeKinds: ['individual'],
      simplifiedProcedure: false,
      deciding: local(ctx.localAwardDeciding),
      criteria: {
        individual: [
          {
            kind: 'any-of',
            legalRef: law('24'),
            origin: 'law',
            routes: [
              recordRoute(
                'rated-httnv',
                {
                  vi: 'cán bộ, công chức, viên chức, người lao động hoàn thành tốt nhiệm vụ trở lên',
                  en: 'an official or employee rated HTTNV (good) or better',
                },
                {
                  kind: 'rating-at-least',
                  minimum: 'HTTNV',
                  legalRef: law('24', '1', 'a'),
                  origin: 'law',
                },
              ),
              claimRoute(
                'productive-labour',
                law(
                  '24',
                  '2',
                  undefined,
                  'wording UNCONFIRMED; read in Bắc Ninh QĐ 86/2025 Art. 4(1)(b)',
                ),
                false,
                'law',
              ),
            ],
          },
        ],
      },
      ballot: null,
      documents: STANDARD_DOCS,
      bonus: { individual: titleBonus('1', 'd', 300) },
      legalRefs: [law('24'), law('84', '1')],
    },
    CSTDCS: {
      code: 'CSTDCS',
      name: { vi: 'Chiến sĩ thi đua cơ sở', en: 'Grassroots Emulation Fighter' },
      kind: 'emulation-title',
      nomineeKinds: ['individual'],
      simplifiedProcedure: false,
      deciding: local(ctx.localTitleDeciding),
      criteria: {
        individual: [
          { kind: 'ldtt-standard', legalRef: law('23', '1'), origin: 'law' },
          {
            kind: 'htxs-or-initiative',
            initiativeScope: 'unit',
            legalRef: law('23', '2'),
            origin: 'law',
          },
        ],
      },
      ballot: ballot(4, 5, false),
      documents: [...STANDARD_DOCS, 'KET_QUA_BO_PHIEU', 'CHUNG_NHAN_SANG_KIEN'],
      bonus: { individual: titleBonus('1', 'c', 1000) },
      legalRefs: [law('23'), ctx.ballotRef],
    },
    CSTD_TINH: {
      code: 'CSTD_TINH',
      name: { vi: 'Chiến sĩ thi đua cấp tỉnh', en: 'Provincial Emulation Fighter' },
      kind: 'emulation-title',
      nomineeKinds: ['individual'],
      simplifiedProcedure: false,
      deciding: province,
      criteria: {
        individual: [
          {
            kind: 'consecutive-titles',
            titleCode: 'CSTDCS',
            count: 3,
            intervalYears: 1,
            legalRef: law('22', '1'),
            origin: 'law',
          },
          {
            kind: 'initiative',
            minimumScope: 'province',
            periodYears: 3,
            legalRef: law('22', '2'),
            origin: 'law',
          },
        ],
      },
      ballot: ballot(9, 10, true),
      documents: [...STANDARD_DOCS, 'KET_QUA_BO_PHIEU', 'XAC_NHAN_PHAM_VI_ANH_HUONG'],
      bonus: { individual: titleBonus('1', 'b', 3000) },
      legalRefs: [law('22'), ctx.ballotRef],
    },
    CSTD_TOAN_QUOC: {
      code: 'CSTD_TOAN_QUOC',
      name: { vi: 'Chiến sĩ thi đua toàn quốc', en: 'National Emulation Fighter' },
      kind: 'emulation-title',
      nomineeKinds: ['individual'],
      simplifiedProcedure: false,
      track: 'central',
      deciding: nation,
      criteria: {
        individual: [
          {
            kind: 'consecutive-titles',
            titleCode: 'CSTD_TINH',
            count: 2,
            intervalYears: 3,
            legalRef: law('21', '1'),
            origin: 'law',
          },
          {
            kind: 'initiative',
            minimumScope: 'national',
            periodYears: 6,
            legalRef: law('21', '2'),
            origin: 'law',
          },
        ],
      },
      ballot: ballot(9, 10, true),
      documents: [...STANDARD_DOCS, 'KET_QUA_BO_PHIEU', 'XAC_NHAN_PHAM_VI_ANH_HUONG'],
      bonus: { individual: titleBonus('1', 'a', 4500) },
      legalRefs: [law('21'), ctx.ballotRef],
    },
    TTLDTT: {
      code: 'TTLDTT',
      name: { vi: 'Tập thể lao động tiên tiến', en: 'Advanced Labour Collective' },
      kind: 'emulation-title',
      nomineeKinds: ['collective'],
      simplifiedProcedure: false,
      deciding: local(ctx.localTitleDeciding),
      criteria: {
        collective: [
          {
            kind: 'rating-at-least',
            minimum: 'HTTNV',
            legalRef: bacNinh('4', '2', 'b'),
            origin: 'provincial-model',
          },
          {
            kind: 'member-ldtt-share',
            minimumPercent: 70,
            legalRef: bacNinh('4', '2', 'b'),
            origin: 'provincial-model',
          },
          {
            kind: 'no-disciplined-members',
            legalRef: bacNinh('4', '2', 'b'),
            origin: 'provincial-model',
          },
        ],
      },
      ballot: null,
      documents: STANDARD_DOCS,
      bonus: { collective: titleBonus('2', 'b', 800) },
      legalRefs: [law('28', undefined, undefined, 'wording UNCONFIRMED'), bacNinh('4', '2')],
    },
    TTLDXS: {
      code: 'TTLDXS',
      name: { vi: 'Tập thể lao động xuất sắc', en: 'Excellent Labour Collective' },
      kind: 'emulation-title',
      nomineeKinds: ['collective'],
      simplifiedProcedure: false,
      deciding: province,
      criteria: {
        collective: [
          {
            kind: 'rating-at-least',
            minimum: 'HTXS',
            legalRef: bacNinh('3', '2', 'b'),
            origin: 'provincial-model',
          },
          {
            kind: 'all-members-completed',
            legalRef: bacNinh('3', '2', 'b'),
            origin: 'provincial-model',
          },
          {
            kind: 'member-ldtt-share',
            minimumPercent: 70,
            legalRef: bacNinh('3', '2', 'b'),
            origin: 'provincial-model',
          },
          {
            kind: 'has-cstdcs-member',
            legalRef: bacNinh('3', '2', 'b'),
            origin: 'provincial-model',
          },
        ],
      },
      ballot: null,
      documents: STANDARD_DOCS,
      bonus: { collective: titleBonus('2', 'a', 1500) },
      legalRefs: [law('27', undefined, undefined, 'wording UNCONFIRMED'), bacNinh('3', '2')],
    },
    CO_THI_DUA_TINH: {
      code: 'CO_THI_DUA_TINH',
      issuedAs: { form: { vi: 'Cờ thi đua', en: 'Emulation Flag' }, by: 'committee' },
      name: { vi: 'Cờ thi đua của Ủy ban nhân dân tỉnh', en: 'Provincial Emulation Flag' },
      kind: 'emulation-title',
      nomineeKinds: ['collective'],
      simplifiedProcedure: false,
      deciding: province,
      criteria: {
        collective: [
          { kind: 'cluster-leader', legalRef: bacNinh('3', '1', 'b'), origin: 'provincial-model' },
          {
            kind: 'rating-at-least',
            minimum: 'HTXS',
            legalRef: bacNinh('3', '1', 'b'),
            origin: 'provincial-model',
          },
        ],
      },
      ballot: ballot(4, 5, true),
      documents: [...STANDARD_DOCS, 'KET_QUA_BO_PHIEU'],
      bonus: { collective: titleBonus('2', 'e', 8000) },
      legalRefs: [law('26', undefined, undefined, 'wording UNCONFIRMED'), ctx.ballotRef],
    },
    GIAY_KHEN: {
      code: 'GIAY_KHEN',
      issuedAs: GIAY_KHEN_FORM,
      name: {
        vi: 'Giấy khen của Chủ tịch Ủy ban nhân dân',
        en: 'Certificate of Merit (local chairman)',
      },
      kind: 'commendation',
      nomineeKinds: ['individual', 'collective', 'household'],
      simplifiedProcedure: false,
      deciding: local(ctx.localAwardDeciding),
      criteria: {
        individual: [
          {
            kind: 'any-of',
            legalRef: bacNinh('4', '3', 'a'),
            origin: 'provincial-model',
            routes: [
              recordRoute(
                'rated-httnv',
                {
                  vi: 'hoàn thành tốt nhiệm vụ trở lên',
                  en: 'rated HTTNV (good) or better',
                },
                {
                  kind: 'rating-at-least',
                  minimum: 'HTTNV',
                  legalRef: bacNinh('4', '3', 'a'),
                  origin: 'provincial-model',
                },
              ),
              claimRoute('productive-labour', bacNinh('4', '1', 'b'), false),
            ],
          },
          {
            kind: 'any-of',
            legalRef: bacNinh('4', '3', 'a'),
            origin: 'provincial-model',
            routes: [
              claimRoute('movement-achievement', bacNinh('4', '3', 'a'), false),
              claimRoute('influential-achievement', bacNinh('4', '3', 'a'), false),
              ...innovationRoutes,
            ],
          },
        ],
        collective: [
          {
            kind: 'rating-at-least',
            minimum: 'HTTNV',
            legalRef: bacNinh('4', '3', 'b'),
            origin: 'provincial-model',
          },
          {
            kind: 'any-of',
            legalRef: bacNinh('4', '3', 'b'),
            origin: 'provincial-model',
            routes: [
              claimRoute('movement-achievement', bacNinh('4', '3', 'b'), false),
              claimRoute('influential-achievement', bacNinh('4', '3', 'b'), false),
              ...innovationRoutes,
            ],
          },
        ],
        household: [
          {
            kind: 'any-of',
            legalRef: bacNinh('4', '3', 'c'),
            origin: 'provincial-model',
            routes: [
              claimRoute('household-contribution', bacNinh('4', '3', 'c'), false),
              claimRoute('movement-achievement', bacNinh('4', '3', 'c'), false),
            ],
          },
        ],
      },
      ballot: null,
      documents: STANDARD_DOCS,
      bonus: giayKhenBonus,
      legalRefs: [law('75'), bacNinh('4', '3')],
    },
    BANG_KHEN_TINH: {
      code: 'BANG_KHEN_TINH',
      issuedAs: BANG_KHEN_FORM,
      name: {
        vi: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
        en: "Provincial Chairman's Certificate of Commendation",
      },
      kind: 'commendation',
      nomineeKinds: ['individual', 'collective', 'household'],
      simplifiedProcedure: false,
      deciding: province,
      criteria: {
        individual: [
          {
            kind: 'any-of',
            legalRef: bacNinh('3', '3', 'a'),
            origin: 'provincial-model',
            routes: [
              claimRoute('movement-achievement', bacNinh('3', '3', 'a'), false),
              claimRoute('influential-achievement', bacNinh('3', '3', 'a'), false),
              claimRoute('socio-economic-contribution', bacNinh('3', '3', 'a'), false),
              recordRoute(
                'bang-khen-record',
                {
                  vi: '2 lần liên tục Chiến sĩ thi đua cơ sở, hoặc 2 năm liên tục hoàn thành xuất sắc nhiệm vụ có 2 sáng kiến cấp cơ sở',
                  en: '2 consecutive CSTĐCS titles, or HTXS for 2 consecutive years with 2 unit-level initiatives',
                },
                {
                  kind: 'bang-khen-record',
                  consecutiveCstdcs: 2,
                  htxsYears: 2,
                  unitInitiatives: 2,
                  legalRef: bacNinh('3', '3', 'a'),
                  origin: 'provincial-model',
                },
              ),
              claimRoute('production-achievement', bacNinh('3', '3', 'a'), false),
              ...innovationRoutes,
            ],
          },
        ],
        collective: [
          {
            kind: 'any-of',
            legalRef: bacNinh('3', '3', 'c'),
            origin: 'provincial-model',
            routes: [
              claimRoute('movement-achievement', bacNinh('3', '3', 'c'), false),
              claimRoute('influential-achievement', bacNinh('3', '3', 'c'), false),
              claimRoute('socio-economic-contribution', bacNinh('3', '3', 'c'), false),
              recordRoute(
                'collective-excellence',
                {
                  vi: '2 năm liên tục hoàn thành xuất sắc nhiệm vụ hoặc đạt Tập thể lao động xuất sắc',
                  en: '2 consecutive years rated HTXS or titled Excellent Labour Collective',
                },
                {
                  kind: 'collective-excellence-years',
                  years: 2,
                  legalRef: bacNinh('3', '3', 'c'),
                  origin: 'provincial-model',
                },
              ),
              ...innovationRoutes,
            ],
          },
        ],
        household: [
          {
            kind: 'claimed-achievement',
            achievement: 'household-contribution',
            confirmed: false,
            legalRef: bacNinh('3', '3', 'd'),
            origin: 'provincial-model',
          },
        ],
      },
      ballot: null,
      documents: STANDARD_DOCS,
      bonus: bangKhenBonus,
      legalRefs: [law('74', undefined, undefined, 'article number UNCONFIRMED'), bacNinh('3', '3')],
    },
    GIAY_KHEN_DOT_XUAT: {
      code: 'GIAY_KHEN_DOT_XUAT',
      issuedAs: { ...GIAY_KHEN_FORM, suffix: AD_HOC },
      name: {
        vi: 'Giấy khen đột xuất của Chủ tịch Ủy ban nhân dân',
        en: 'Ad-hoc Certificate of Merit (local chairman)',
      },
      kind: 'commendation',
      nomineeKinds: ['individual', 'collective'],
      simplifiedProcedure: true,
      track: 'ad-hoc',
      deciding: local(ctx.localAwardDeciding),
      criteria: { individual: noCriteria, collective: noCriteria },
      ballot: null,
      documents: SIMPLIFIED_DOCS,
      bonus: adHocBonus(giayKhenBonus),
      legalRefs: [
        law('75'),
        law('85', undefined, undefined, 'simplified procedure; details UNCONFIRMED'),
      ],
    },
    BANG_KHEN_TINH_DOT_XUAT: {
      code: 'BANG_KHEN_TINH_DOT_XUAT',
      issuedAs: { ...BANG_KHEN_FORM, suffix: AD_HOC },
      name: {
        vi: 'Bằng khen đột xuất của Chủ tịch Ủy ban nhân dân tỉnh',
        en: "Ad-hoc Provincial Chairman's Certificate of Commendation",
      },
      kind: 'commendation',
      nomineeKinds: ['individual', 'collective'],
      simplifiedProcedure: true,
      track: 'ad-hoc',
      deciding: province,
      criteria: { individual: noCriteria, collective: noCriteria },
      ballot: null,
      documents: SIMPLIFIED_DOCS,
      bonus: adHocBonus(bangKhenBonus),
      legalRefs: [law('85', undefined, undefined, 'simplified procedure; details UNCONFIRMED')],
    },
    // Proposed by the province to the Prime Minister through the central board; what the engine
    // holds of their standards is the province's appraisal and vote (Law Arts. 25 and 71 not read).
    BANG_KHEN_THU_TUONG: {
      code: 'BANG_KHEN_THU_TUONG',
      name: {
        vi: 'Bằng khen của Thủ tướng Chính phủ',
        en: "Prime Minister's Certificate of Commendation",
      },
      kind: 'commendation',
      nomineeKinds: ['individual', 'collective'],
      simplifiedProcedure: false,
      track: 'central',
      deciding: nation,
      criteria: { individual: noCriteria, collective: noCriteria },
      ballot: null,
      documents: STANDARD_DOCS,
      bonus: {
        individual: formBonus(1000, false, 'UNCONFIRMED: Bằng khen Thủ tướng, individual 1.0×'),
        collective: formBonus(2000, false, 'UNCONFIRMED: Bằng khen Thủ tướng, collective 2.0×'),
      },
      legalRefs: [law('71', undefined, undefined, 'standards not read; judged by the reviewers')],
    },
    CO_THI_DUA_CHINH_PHU: {
      code: 'CO_THI_DUA_CHINH_PHU',
      name: { vi: 'Cờ thi đua của Chính phủ', en: 'Government Emulation Flag' },
      kind: 'emulation-title',
      nomineeKinds: ['collective'],
      simplifiedProcedure: false,
      track: 'central',
      deciding: nation,
      criteria: { collective: noCriteria },
      ballot: ballot(4, 5, true),
      documents: [...STANDARD_DOCS, 'KET_QUA_BO_PHIEU'],
      bonus: {
        collective: {
          thousandths: 12000,
          legalRef: {
            instrument: ctx.decree,
            article: ctx.titleBonusArticle,
            note: 'point UNCONFIRMED',
          },
          confirmed: false,
        },
      },
      legalRefs: [
        law('25', undefined, undefined, 'standards not read; judged by the reviewers'),
        ctx.ballotRef,
      ],
    },
  };
  if (ctx.thematicRef !== undefined) {
    const thematic = (bonus: typeof giayKhenBonus) => ({
      kind: 'commendation' as const,
      nomineeKinds: ['individual', 'collective'] as const,
      simplifiedProcedure: true,
      track: 'thematic' as const,
      criteria: {
        individual: [thematicCriterion(ctx.thematicRef!)],
        collective: [thematicCriterion(ctx.thematicRef!)],
      },
      ballot: null,
      documents: SIMPLIFIED_DOCS,
      bonus: adHocBonus(bonus),
      legalRefs: [ctx.thematicRef!],
    });
    catalog.GIAY_KHEN_CHUYEN_DE = {
      code: 'GIAY_KHEN_CHUYEN_DE',
      issuedAs: { ...GIAY_KHEN_FORM, suffix: THEMATIC },
      name: {
        vi: 'Giấy khen của Chủ tịch Ủy ban nhân dân (khen thưởng chuyên đề)',
        en: 'Certificate of Merit (local chairman), thematic commendation',
      },
      deciding: local(ctx.localAwardDeciding),
      ...thematic(giayKhenBonus),
    };
    catalog.BANG_KHEN_TINH_CHUYEN_DE = {
      code: 'BANG_KHEN_TINH_CHUYEN_DE',
      issuedAs: { ...BANG_KHEN_FORM, suffix: THEMATIC },
      name: {
        vi: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (khen thưởng chuyên đề)',
        en: "Provincial Chairman's Certificate of Commendation, thematic commendation",
      },
      deciding: province,
      ...thematic(bangKhenBonus),
    };
  }
  return catalog;
}

/** Thematic commendation: judged on the achievement in the thematic movement or task. */
function thematicCriterion(legalRef: LegalRef): Criterion {
  return {
    kind: 'claimed-achievement',
    achievement: 'thematic-achievement',
    confirmed: false,
    legalRef,
    origin: 'law',
  };
}
