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

const ND152 = 'NĐ 152/2025/NĐ-CP';
const ballotRef: LegalRef = {
  instrument: ND152,
  article: '—',
  note: 'thresholds carried over from NĐ 98/2023 Art. 30(7); NĐ 152 article UNCONFIRMED',
};

/** Law 06/2022 + Decree 152/2025 + Decree 129/2025: two-tier local government, no district level. */
export const VN_2025_07: RuleSet = {
  id: 'VN-2025-07',
  baseId: 'VN-2025-07',
  profileId: null,
  name: {
    vi: 'Luật 06/2022/QH15, Nghị định 152/2025/NĐ-CP và 129/2025/NĐ-CP (chính quyền địa phương 2 cấp)',
    en: 'Law 06/2022/QH15, Decrees 152/2025 and 129/2025 (two-tier local government)',
  },
  effectiveFrom: '2025-07-01',
  effectiveTo: '2026-09-30',
  legalBasis: [
    INSTRUMENTS.LOCAL_GOV_2025,
    INSTRUMENTS.LAW_06_2022,
    INSTRUMENTS.ND_152_2025,
    INSTRUMENTS.ND_129_2025,
    INSTRUMENTS.TT_15_2025,
    INSTRUMENTS.QD_638_2025,
    INSTRUMENTS.QD_311_2025,
    INSTRUMENTS.ND_13_2012,
    INSTRUMENTS.TT_18_2013,
    INSTRUMENTS.LABOUR_CODE_2019,
    INSTRUMENTS.CIVIL_CODE_2015,
  ],
  levels: [
    NATIONAL_LEVEL,
    PROVINCE_LEVEL,
    {
      id: 'commune',
      name: { vi: 'Cấp xã', en: 'Commune' },
      parent: 'province',
      proposing: true,
      emulationBody: {
        vi: 'Bộ phận tham mưu thi đua, khen thưởng của UBND cấp xã',
        en: "Emulation and commendation staff of the Commune People's Committee",
      },
    },
  ],
  levelsLegalRef: {
    instrument: 'NĐ 129/2025/NĐ-CP',
    article: '59',
    note: 'two-tier local government from 2025-07-01: the district level no longer exists',
  },
  awards: buildAwardCatalog({
    decree: ND152,
    titleBonusArticle: '50',
    formBonusRef: { instrument: ND152, article: '54' },
    formCollectiveBonusConfirmed: true,
    ballotRef,
    localAwardDeciding: {
      province: DECIDERS.provinceAgencyHead,
      commune: DECIDERS.communeChairman,
    },
    localTitleDeciding: {
      province: DECIDERS.provinceAgencyHead,
      commune: DECIDERS.communeChairman,
    },
    localDecidingRef: {
      instrument: 'NĐ 129/2025/NĐ-CP',
      article: '59',
      note: 'commune chairman takes over Law Art. 80(2)–(3) powers',
    },
    provinceChairman: DECIDERS.provinceChairman,
    primeMinister: DECIDERS.primeMinister,
  }),
  timeLimits: timeLimits(),
  timeLimitSources: timeLimitSources('confirmed', {
    instrument: 'QĐ 311/QĐ-BNV',
    article: 'XIV',
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
    note: 'clause 2: the Government details the simplified procedure (NĐ 152/2025; article UNCONFIRMED)',
  }),
  registration: {
    requiredForTitles: true,
    legalRef: { instrument: ND152, article: '4', note: 'clause UNCONFIRMED' },
  },
  councilBallot: { secret: true, legalRef: ballotRef },
  initiativeCouncilThreshold: INITIATIVE_COUNCIL,
  initiativeSingleUse: INITIATIVE_SINGLE_USE,
  pendingProceedingsBar: { instrument: ND152, article: '4', clause: '3–6' },
  bonusRounding: {
    toNearestVnd: 10_000,
    direction: 'up',
    legalRef: { instrument: ND152, article: '49', clause: '2' },
  },
  ratioCaps: {},
  submissionCutoffs: [],
  transition: null,
  priorityAreas: null,
  unconfirmed: [
    ...COMMON_UNCONFIRMED,
    {
      path: 'awards.*.ballot.legalRef',
      note: {
        vi: 'Ngưỡng 80%/90% tổng số thành viên giữ nguyên từ NĐ 98/2023 Điều 30(7); điều tương ứng của NĐ 152 chưa xác nhận.',
        en: 'The 80%/90%-of-all-members thresholds are carried over from Decree 98/2023 Art. 30(7); the Decree 152 article is unconfirmed.',
      },
      configurableVia: null,
    },
    {
      path: 'effectiveTo',
      note: {
        vi: 'Kết thúc ngày 30/9/2026 vì Luật 06/2026/QH16 sửa đổi Luật Thi đua, khen thưởng được đưa tin có hiệu lực từ 01/10/2026 (chưa đối chiếu văn bản); hồ sơ tiếp nhận trước ngày đó vẫn theo bộ quy tắc này trừ khi quy định mới có lợi hơn (VN-2026-10).',
        en: 'Ends 2026-09-30 because amending Law 06/2026/QH16 is reported in force from 2026-10-01 (text not checked); dossiers received before then stay under this rule set unless the new rule is more favourable (VN-2026-10).',
      },
      configurableVia: null,
    },
  ],
};
