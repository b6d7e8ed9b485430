import type { LegalRef } from '../shared/legal-ref';
import type { ProvincialProfile } from './profile';

const UNCONFIRMED_NOTE = 'Đồng Nai value UNCONFIRMED: placeholder modelled on Bắc Ninh QĐ 86/2025';

/** The Bắc Ninh regulation the cut-offs are modelled on; which of its articles sets them is unchecked. */
const BAC_NINH_CUTOFF_MODEL: LegalRef = {
  instrument: 'QĐ 86/2025/QĐ-UBND tỉnh Bắc Ninh',
  article: '—',
  note: "provincial model; the article, and Đồng Nai's own deadline, are UNCONFIRMED",
};

/**
 * Example profile for Đồng Nai (the Cẩm Mỹ 2024 plan). None of its values has been checked against
 * Đồng Nai's own regulation; each is flagged and meant to be replaced once the text is retrieved.
 */
export const DONG_NAI_PROFILE: ProvincialProfile = {
  id: 'DN',
  province: { vi: 'tỉnh Đồng Nai', en: 'Đồng Nai province' },
  appliesTo: ['VN-2024', 'VN-2025-07'],
  legalBasis: [
    {
      id: 'DN_KH_02_2024',
      number: 'KH 02/KH-UBND (UBND tỉnh Đồng Nai)',
      title: {
        vi: 'Kế hoạch công tác thi đua, khen thưởng năm 2024',
        en: 'Provincial emulation and commendation plan for 2024',
      },
      issuedOn: null,
      note: 'Cited by the Cẩm Mỹ plan 11/KH-UBND (2024-01-11); contents UNCONFIRMED.',
    },
  ],
  disclosureWindowWorkingDays: 5,
  ratioCaps: {
    CSTDCS: {
      percent: 15,
      of: {
        vi: 'tổng số cá nhân đạt danh hiệu Lao động tiên tiến của đơn vị',
        en: "the unit's Advanced Worker title holders",
      },
      confirmed: false,
      note: 'The national 15% cap (NĐ 91/2017 Art. 9(3)) was dropped in 2024; whether Đồng Nai keeps one is UNCONFIRMED.',
      legalRef: {
        instrument: 'NĐ 91/2017/NĐ-CP',
        article: '9',
        clause: '3',
        note: 'the former national cap, repealed in 2024; whether Đồng Nai keeps one is UNCONFIRMED',
      },
    },
  },
  submissionCutoffs: [
    {
      id: 'year-end',
      name: { vi: 'Khen thưởng tổng kết năm', en: 'Year-end awards' },
      monthDay: '12-10',
      awardCodes: 'periodic',
      unitLevels: 'all',
      confirmed: false,
      note: UNCONFIRMED_NOTE,
      legalRef: BAC_NINH_CUTOFF_MODEL,
    },
    {
      id: 'education-year',
      name: { vi: 'Khen thưởng năm học ngành Giáo dục', en: 'Education sector, school year' },
      monthDay: '07-10',
      awardCodes: 'periodic',
      unitLevels: ['school'],
      confirmed: false,
      note: UNCONFIRMED_NOTE,
      legalRef: BAC_NINH_CUTOFF_MODEL,
    },
  ],
  unconfirmed: [
    {
      path: 'profile:DN.submissionCutoffs',
      note: {
        vi: 'Hạn nộp hồ sơ của Đồng Nai chưa xác nhận (tạm dùng 10/12 và 10/7 theo mô hình Bắc Ninh).',
        en: "Đồng Nai's submission cut-offs are unconfirmed (10 Dec and 10 Jul from the Bắc Ninh model).",
      },
      configurableVia: 'submissionCutoffs',
    },
    {
      path: 'profile:DN.ratioCaps.CSTDCS',
      note: {
        vi: 'Tỷ lệ tối đa 15% CSTĐCS chưa xác nhận cho Đồng Nai.',
        en: 'The 15% CSTĐCS cap is unconfirmed for Đồng Nai.',
      },
      configurableVia: 'ratioCaps',
    },
    {
      path: 'profile:DN.disclosureWindowWorkingDays',
      note: {
        vi: 'Thời gian công khai 5 ngày làm việc chưa xác nhận cho Đồng Nai.',
        en: 'The 5-working-day disclosure window is unconfirmed for Đồng Nai.',
      },
      configurableVia: 'disclosureWindowWorkingDays',
    },
  ],
};
