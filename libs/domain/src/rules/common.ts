import type { LegalRef } from '../shared/legal-ref';
import type {
  BallotRule,
  DecidingAuthority,
  OrganisationLevel,
  QuorumRule,
  SimplifiedProcedureRule,
  TimeLimits,
  TimeLimitSource,
  UnconfirmedItem,
} from './types';

/** Office holders who decide awards. */
export const DECIDERS = {
  primeMinister: {
    level: 'national',
    decider: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
  },
  provinceChairman: {
    level: 'province',
    decider: { vi: 'Chủ tịch UBND cấp tỉnh', en: "Chairman of the Provincial People's Committee" },
  },
  provinceAgencyHead: {
    level: 'province',
    decider: {
      vi: 'Thủ trưởng cơ quan chuyên môn thuộc UBND cấp tỉnh (hoặc đơn vị có tư cách pháp nhân)',
      en: 'Head of the provincial department (or other legal-entity unit)',
    },
  },
  districtChairman: {
    level: 'district',
    decider: { vi: 'Chủ tịch UBND cấp huyện', en: "Chairman of the District People's Committee" },
  },
  communeChairman: {
    level: 'commune',
    decider: { vi: 'Chủ tịch UBND cấp xã', en: "Chairman of the Commune People's Committee" },
  },
} as const satisfies Record<string, DecidingAuthority>;

/** The national and provincial levels, the same in every era. */
export const NATIONAL_LEVEL: OrganisationLevel = {
  id: 'national',
  name: { vi: 'Trung ương', en: 'National' },
  parent: null,
  proposing: false,
  emulationBody: {
    vi: 'Ban Thi đua - Khen thưởng Trung ương (Bộ Nội vụ)',
    en: 'Central Emulation & Commendation Board (Ministry of Home Affairs)',
  },
};

export const PROVINCE_LEVEL: OrganisationLevel = {
  id: 'province',
  name: { vi: 'Cấp tỉnh', en: 'Province' },
  parent: 'national',
  proposing: true,
  emulationBody: {
    vi: 'Sở Nội vụ (cơ quan thường trực Hội đồng Thi đua - Khen thưởng tỉnh)',
    en: 'Provincial Department of Home Affairs (standing body of the provincial council)',
  },
};

/** The initiative council decides with two thirds of all its members (Circular 18/2013 Art. 8). */
export const INITIATIVE_COUNCIL: BallotRule = {
  threshold: { numerator: 2, denominator: 3 },
  basis: 'all-members',
  council: { vi: 'Hội đồng sáng kiến', en: 'Initiative council' },
  legalRef: { instrument: 'TT 18/2013/TT-BKHCN', article: '8' },
};

/** One initiative backs one award only. */
export const INITIATIVE_SINGLE_USE: LegalRef = {
  instrument: 'CV 5007/BNV-TĐKT (2023)',
  article: 'III.5.c',
};

/** Bắc Ninh's council quorum, used until a province's own rule is confirmed. */
export const BAC_NINH_QUORUM: QuorumRule = {
  minimumPresent: { numerator: 2, denominator: 3 },
  awardSessionMinimumPresent: { numerator: 4, denominator: 5 },
  absentMembersGiveWrittenOpinion: true,
  legalRef: {
    instrument: 'QĐ 86/2025/QĐ-UBND tỉnh Bắc Ninh',
    article: '8',
    clause: '4',
    point: 'b',
    note: 'Provincial model; the district/commune council quorum is UNCONFIRMED',
  },
  confirmed: false,
};

/** Time limits shared by both eras; the central ones differ only in their source. */
export function timeLimits(): TimeLimits {
  return {
    unitReviewWorkingDays: 20,
    supplementationWorkingDays: 10,
    initiativeRecognitionMonths: 3,
    reminderOffsetsWorkingDays: [3, 1],
    overdueGraceWorkingDays: 0,
    centralReturnIneligibleWorkingDays: 5,
    centralReviewWorkingDays: 20,
  };
}

/** Sources of the time limits; `central` is the era's reference for MOHA's limits. */
export function timeLimitSources(
  unitReviewStatus: 'confirmed' | 'unconfirmed',
  central: LegalRef,
): Record<keyof TimeLimits, TimeLimitSource> {
  return {
    unitReviewWorkingDays: {
      status: unitReviewStatus,
      legalRef: { instrument: 'QĐ 638/QĐ-BNV', article: 'II.B(4)' },
    },
    supplementationWorkingDays: { status: 'unconfirmed', legalRef: null },
    initiativeRecognitionMonths: {
      status: 'confirmed',
      legalRef: { instrument: 'NĐ 13/2012/NĐ-CP (Điều lệ Sáng kiến)', article: '7', clause: '1' },
    },
    reminderOffsetsWorkingDays: { status: 'policy-default', legalRef: null },
    overdueGraceWorkingDays: { status: 'policy-default', legalRef: null },
    centralReturnIneligibleWorkingDays: { status: 'confirmed', legalRef: central },
    centralReviewWorkingDays: { status: 'confirmed', legalRef: central },
  };
}

/**
 * The simplified procedure (thủ tục đơn giản) the Law provides for ad-hoc awards (Art. 85; the
 * Government details the dossier and procedure under its clause 2). Its own limits and whether the
 * nominees are disclosed were not found in a retrieved text: 5 working days to appraise and 5 to
 * decide are project defaults, and skipping the disclosure window is unconfirmed. `provides` is the
 * era's reference for the procedure itself.
 */
export function simplifiedProcedure(provides: LegalRef): SimplifiedProcedureRule {
  return {
    reviewWorkingDays: 5,
    decisionWorkingDays: 5,
    publicDisclosure: false,
    legalRef: provides,
    sources: {
      reviewWorkingDays: { status: 'policy-default', legalRef: null },
      decisionWorkingDays: { status: 'policy-default', legalRef: null },
      publicDisclosure: {
        status: 'unconfirmed',
        legalRef: {
          ...provides,
          note: 'no disclosure window under the simplified procedure; UNCONFIRMED',
        },
      },
    },
  };
}

/** Unconfirmed values common to both eras. */
export const COMMON_UNCONFIRMED: readonly UnconfirmedItem[] = [
  {
    path: 'timeLimits.supplementationWorkingDays',
    note: {
      vi: 'Thời hạn đơn vị bổ sung hồ sơ chưa được xác nhận; mặc định 10 ngày làm việc.',
      en: 'The deadline for a unit to supplement a dossier is not confirmed; default 10 working days.',
    },
    configurableVia: 'timeLimits.supplementationWorkingDays',
  },
  {
    path: 'timeLimits.reminderOffsetsWorkingDays / overdueGraceWorkingDays',
    note: {
      vi: 'Mốc nhắc việc [3, 1] và thời gian ân hạn 0 là mặc định của dự án, không phải quy định pháp luật.',
      en: 'Reminder offsets [3, 1] and an overdue grace of 0 are project defaults, not law.',
    },
    configurableVia: 'timeLimits',
  },
  {
    path: 'publicDisclosure.windowWorkingDays',
    note: {
      vi: 'Luật yêu cầu công khai (Điều 84) nhưng thời gian công khai chưa được xác nhận; mặc định 5 ngày làm việc.',
      en: 'The Law requires disclosure (Art. 84) but its length is unconfirmed; default 5 working days.',
    },
    configurableVia: 'disclosureWindowWorkingDays',
  },
  {
    path: 'quorum',
    note: {
      vi: 'Túc số họp Hội đồng lấy theo mô hình Bắc Ninh (≥ 2/3; phiên xét khen thưởng ≥ 80%).',
      en: 'Council quorum follows the Bắc Ninh model (≥ 2/3; award sessions ≥ 80%).',
    },
    configurableVia: 'quorum',
  },
  {
    path: 'councilBallot.secret',
    note: {
      vi: 'Nghị định yêu cầu bỏ phiếu; việc bỏ phiếu kín là thực tiễn, chưa xác nhận.',
      en: 'The decree requires a ballot; secrecy is common practice, unconfirmed.',
    },
    configurableVia: 'councilSecretBallot',
  },
  {
    path: 'registration.requiredForTitles',
    note: {
      vi: 'Nguyên tắc phải đăng ký thi đua mới xét danh hiệu; số khoản chưa xác nhận.',
      en: 'Titles require an emulation registration; the clause number is unconfirmed.',
    },
    configurableVia: 'registrationRequiredForTitles',
  },
  {
    path: 'awards.{TTLDTT,TTLDXS,CO_THI_DUA_TINH,GIAY_KHEN,BANG_KHEN_TINH}.criteria',
    note: {
      vi: 'Tiêu chuẩn lấy theo quy định mẫu của Bắc Ninh (QĐ 86/2025); Luật Điều 26–28, 74–75 chưa đối chiếu nguyên văn.',
      en: 'Criteria follow the Bắc Ninh model regulation (QĐ 86/2025); Law Arts. 26–28, 74–75 not checked verbatim.',
    },
    configurableVia: 'awardCriteria',
  },
  {
    path: 'awards.{GIAY_KHEN,BANG_KHEN_TINH}.bonus.individual',
    note: {
      vi: 'Hệ số tiền thưởng cá nhân (Giấy khen 0,3; Bằng khen tỉnh 1,5) suy ra từ mức tập thể gấp đôi; chưa xác nhận.',
      en: 'Individual bonus multiples (Giấy khen 0.3, Bằng khen 1.5) are inferred from collectives receiving double; unconfirmed.',
    },
    configurableVia: null,
  },
  {
    path: 'awards.{BANG_KHEN_THU_TUONG,CO_THI_DUA_CHINH_PHU}',
    note: {
      vi: 'Bằng khen của Thủ tướng Chính phủ và Cờ thi đua của Chính phủ: tiêu chuẩn (Luật Điều 25, 71) chưa đối chiếu, do người thẩm định đánh giá; tiền thưởng (Bằng khen 1,0/2,0; Cờ 12,0) và việc Hội đồng bỏ phiếu với Bằng khen chưa xác nhận. Huân chương chưa có trong danh mục.',
      en: "The Prime Minister's Certificate of Commendation and the Government Emulation Flag: their standards (Law Arts. 25, 71) are not checked and are left to the reviewers; the bonuses (1.0/2.0 and 12.0) and whether the council votes on the certificate are unconfirmed. Orders (Huân chương) are not in the catalog.",
    },
    configurableVia: null,
  },
  {
    path: 'simplifiedProcedure',
    note: {
      vi: 'Thời hạn thẩm định (5 ngày làm việc), thời hạn quyết định (5 ngày làm việc) theo thủ tục đơn giản là mặc định của dự án; việc không công khai trước khi quyết định chưa được xác nhận.',
      en: 'The simplified procedure’s appraisal (5 working days) and decision (5 working days) limits are project defaults; skipping the disclosure window is unconfirmed.',
    },
    configurableVia: null,
  },
  {
    path: 'awards.*_DOT_XUAT.documents',
    note: {
      vi: 'Hồ sơ và thời hạn của thủ tục đơn giản (Luật Điều 85) chưa được xác nhận.',
      en: 'The simplified-procedure dossier and time limit (Law Art. 85) are unconfirmed.',
    },
    configurableVia: null,
  },
  {
    path: 'awards.CSTD_TOAN_QUOC.criteria.consecutive-titles',
    note: {
      vi: 'Quy ước: hai lần CSTĐ tỉnh liên tiếp là hai chu kỳ 3 năm liền nhau, kết thúc ở năm xét.',
      en: 'Convention: two consecutive provincial CSTĐ titles are two back-to-back 3-year cycles ending at the award year.',
    },
    configurableVia: 'awardCriteria',
  },
];
