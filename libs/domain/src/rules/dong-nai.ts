import type { LegalRef } from '../shared/legal-ref';
import type { ProvincialProfile } from './profile';

const UNCONFIRMED_NOTE =
  'Đồng Nai value UNCONFIRMED: placeholder modelled on Bắc Ninh QĐ 86/2025 Art. 6, which sets it for dossiers sent to the provincial Department of Home Affairs (Sở Nội vụ) only; a missed unconfirmed cut-off warns, it never refuses';

/**
 * Bắc Ninh's regulation (QĐ 86/2025/QĐ-UBND of 3/12/2025, Art. 6, read): year-end dossiers reach the
 * Sở Nội vụ before 10/12, the education sector's before 10/7. Đồng Nai's own dates are unchecked.
 */
const bacNinhCutoff = (clause: string): LegalRef => ({
  instrument: 'QĐ 86/2025/QĐ-UBND tỉnh Bắc Ninh',
  article: '6',
  clause,
  note: "provincial model, read; Đồng Nai's own deadline is UNCONFIRMED",
});

/** Dossiers sent to the provincial department: those the provincial chairman or the centre decides. */
const SENT_TO_PROVINCE = ['province', 'national'];

/**
 * Example profile for Đồng Nai (the Cẩm Mỹ 2024 plan; a province until 29/4/2026, Thành phố Đồng Nai
 * from 30/4/2026 — the name follows the organisation tree's dated names, not the profile). None of
 * its values has been checked against Đồng Nai's own regulation; each is flagged and meant to be
 * replaced once the text is retrieved.
 */
export const DONG_NAI_PROFILE: ProvincialProfile = {
  id: 'DN',
  province: { vi: 'Đồng Nai', en: 'Đồng Nai' },
  appliesTo: ['VN-2024', 'VN-2025-07', 'VN-2026-10'],
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
      decidingLevels: SENT_TO_PROVINCE,
      confirmed: false,
      note: UNCONFIRMED_NOTE,
      legalRef: bacNinhCutoff('2'),
    },
    {
      id: 'education-year',
      name: { vi: 'Khen thưởng năm học ngành Giáo dục', en: 'Education sector, school year' },
      monthDay: '07-10',
      awardCodes: 'periodic',
      unitLevels: ['school'],
      decidingLevels: SENT_TO_PROVINCE,
      confirmed: false,
      note: UNCONFIRMED_NOTE,
      legalRef: bacNinhCutoff('3'),
    },
  ],
  unconfirmed: [
    {
      path: 'profile:DN.submissionCutoffs',
      note: {
        vi: 'Hạn nộp hồ sơ của Đồng Nai chưa xác nhận (tạm dùng 10/12 và 10/7 theo mô hình Bắc Ninh, chỉ cho hồ sơ gửi Sở Nội vụ); quá hạn chỉ cảnh báo, không từ chối.',
        en: "Đồng Nai's submission cut-offs are unconfirmed (10 Dec and 10 Jul from the Bắc Ninh model, for dossiers sent to the provincial department only); missing one warns, it never refuses.",
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
