import { buildAwardCatalog } from '../awards/catalog';
import type { LegalRef } from '../shared/legal-ref';
import {
  BAC_NINH_QUORUM,
  COMMON_UNCONFIRMED,
  DECIDERS,
  INITIATIVE_COUNCIL,
  INITIATIVE_SINGLE_USE,
  NATIONAL_LEVEL,
  PROVINCE_LEVEL,
  simplifiedProcedure,
  timeLimits,
  timeLimitSources,
} from './common';
import { INSTRUMENTS } from './instruments';
import type { RuleSet } from './types';

const ND98 = 'NĐ 98/2023/NĐ-CP';
const ballotRef: LegalRef = { instrument: ND98, article: '30', clause: '7' };

/** Law 06/2022 + Decree 98/2023 with three local levels (province, district, commune). */
export const VN_2024: RuleSet = {
  id: 'VN-2024',
  baseId: 'VN-2024',
  profileId: null,
  name: {
    vi: 'Luật 06/2022/QH15 và Nghị định 98/2023/NĐ-CP (chính quyền địa phương 3 cấp)',
    en: 'Law 06/2022/QH15 and Decree 98/2023/ND-CP (three-tier local government)',
  },
  effectiveFrom: '2024-01-01',
  effectiveTo: '2025-06-30',
  legalBasis: [
    INSTRUMENTS.LOCAL_GOV_2015,
    INSTRUMENTS.LAW_06_2022,
    INSTRUMENTS.ND_98_2023,
    INSTRUMENTS.TT_01_2024,
    INSTRUMENTS.QD_638_2025,
    INSTRUMENTS.ND_13_2012,
    INSTRUMENTS.TT_18_2013,
    INSTRUMENTS.LABOUR_CODE_2019,
    INSTRUMENTS.CIVIL_CODE_2015,
  ],
  levels: [
    NATIONAL_LEVEL,
    PROVINCE_LEVEL,
    {
      id: 'district',
      name: { vi: 'Cấp huyện', en: 'District' },
      parent: 'province',
      proposing: true,
      emulationBody: {
        vi: 'Phòng Nội vụ cấp huyện',
        en: 'District Home Affairs Office (Phòng Nội vụ)',
      },
    },
    {
      id: 'commune',
      name: { vi: 'Cấp xã', en: 'Commune' },
      parent: 'district',
      proposing: true,
      emulationBody: {
        vi: 'Công chức phụ trách thi đua, khen thưởng cấp xã',
        en: 'Commune official in charge of emulation and commendation',
      },
    },
  ],
  levelsLegalRef: { instrument: 'Luật 06/2022/QH15', article: '80', clause: '1–3' },
  awards: buildAwardCatalog({
    decree: ND98,
    titleBonusArticle: '54',
    formBonusRef: { instrument: ND98, article: '57', note: 'article number UNCONFIRMED' },
    formCollectiveBonusConfirmed: false,
    ballotRef,
    localAwardDeciding: {
      province: DECIDERS.provinceAgencyHead,
      district: DECIDERS.districtChairman,
      commune: DECIDERS.communeChairman,
    },
    localTitleDeciding: {
      province: DECIDERS.provinceAgencyHead,
      district: DECIDERS.districtChairman,
      commune: DECIDERS.districtChairman,
    },
    localDecidingRef: { instrument: 'Luật 06/2022/QH15', article: '80', clause: '1–3' },
    provinceChairman: DECIDERS.provinceChairman,
    primeMinister: DECIDERS.primeMinister,
  }),
  timeLimits: timeLimits(),
  timeLimitSources: timeLimitSources('unconfirmed', {
    instrument: ND98,
    article: '32',
    clause: '2',
  }),
  quorum: BAC_NINH_QUORUM,
  publicDisclosure: {
    required: true,
    windowWorkingDays: 5,
    legalRef: { instrument: 'Luật 06/2022/QH15', article: '84', note: 'clause UNCONFIRMED' },
  },
  simplifiedProcedure: simplifiedProcedure({
    instrument: 'Luật 06/2022/QH15',
    article: '85',
    note: 'clause 2: the Government details the simplified procedure (NĐ 98/2023 Art. 1)',
  }),
  registration: {
    requiredForTitles: true,
    legalRef: { instrument: ND98, article: '4', note: 'clause UNCONFIRMED' },
  },
  councilBallot: { secret: true, legalRef: ballotRef },
  initiativeCouncilThreshold: INITIATIVE_COUNCIL,
  initiativeSingleUse: INITIATIVE_SINGLE_USE,
  pendingProceedingsBar: { instrument: ND98, article: '4', note: 'clause UNCONFIRMED' },
  bonusRounding: {
    toNearestVnd: 10_000,
    direction: 'up',
    legalRef: {
      instrument: ND98,
      article: '53',
      note: 'article number UNCONFIRMED; same wording as NĐ 152/2025 Art. 49(2) assumed',
    },
  },
  ratioCaps: {},
  submissionCutoffs: [],
  transition: null,
  priorityAreas: null,
  unconfirmed: [
    ...COMMON_UNCONFIRMED,
    {
      path: 'timeLimits.unitReviewWorkingDays',
      note: {
        vi: '20 ngày làm việc lấy từ QĐ 638/QĐ-BNV (2025), áp dụng ngược cho giai đoạn 2024.',
        en: '20 working days comes from QĐ 638/QĐ-BNV (2025), carried back to 2024.',
      },
      configurableVia: 'timeLimits.unitReviewWorkingDays',
    },
    {
      path: 'awards.{GIAY_KHEN,BANG_KHEN_TINH}.bonus',
      note: {
        vi: 'Điều khoản của NĐ 98/2023 về tiền thưởng Bằng khen, Giấy khen chưa xác nhận; dùng mức của NĐ 152/2025 Điều 54.',
        en: 'The Decree 98/2023 article on Bằng khen/Giấy khen bonuses is unconfirmed; Decree 152/2025 Art. 54 rates used.',
      },
      configurableVia: null,
    },
    {
      path: 'bonusRounding',
      note: {
        vi: 'Làm tròn lên hàng chục nghìn đồng theo NĐ 152/2025 Điều 49; điều tương ứng của NĐ 98 chưa xác nhận.',
        en: 'Rounding up to tens of thousands per Decree 152/2025 Art. 49; the Decree 98 article is unconfirmed.',
      },
      configurableVia: null,
    },
  ],
};
