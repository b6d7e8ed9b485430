import type { LegalInstrument } from './types';

/** The legal instruments cited by the rule sets. */
export const INSTRUMENTS = {
  LOCAL_GOV_2015: {
    id: 'LOCAL_GOV_2015',
    number: 'Luật 77/2015/QH13',
    title: {
      vi: 'Luật Tổ chức chính quyền địa phương',
      en: 'Law on the Organisation of Local Government',
    },
    issuedOn: '2015-06-19',
    note: "The basis of a People's Committee deciding before the two-tier reform; replaced by Law 72/2025/QH15.",
  },
  LOCAL_GOV_2025: {
    id: 'LOCAL_GOV_2025',
    number: 'Luật 72/2025/QH15',
    title: {
      vi: 'Luật Tổ chức chính quyền địa phương',
      en: 'Law on the Organisation of Local Government',
    },
    issuedOn: null,
    note: 'Number as cited by official texts (Bắc Ninh QĐ 86/2025/QĐ-UBND; government decrees of 2026, without a date). Reported adopted 16 June 2025 (UNCONFIRMED against the text). Two tiers: province and commune.',
  },
  LAW_06_2022: {
    id: 'LAW_06_2022',
    number: 'Luật 06/2022/QH15',
    title: { vi: 'Luật Thi đua, khen thưởng', en: 'Law on Emulation and Commendation' },
    issuedOn: '2022-06-15',
    effectiveFrom: '2024-01-01',
  },
  LAW_06_2026: {
    id: 'LAW_06_2026',
    number: 'Luật 06/2026/QH16',
    title: {
      vi: 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng',
      en: 'Law amending the Law on Emulation and Commendation',
    },
    issuedOn: null,
    effectiveFrom: '2026-10-01',
    note: 'Text UNCONFIRMED: reported adopted on 23–24 April 2026 (first session of the 16th National Assembly, NQ 31/2026/QH16), 4 articles, in force 1 October 2026 (https://luatvietnam.vn/chinh-sach/nghi-quyet-31-2026-qh16-quy-dinh-moi-tu-quoc-hoi-khoa-xvi-co-hieu-luc-08-06-2026-434118-d1.html).',
  },
  ND_98_2023: {
    id: 'ND_98_2023',
    number: 'NĐ 98/2023/NĐ-CP',
    title: {
      vi: 'Quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      en: 'Detailing the Law on Emulation and Commendation',
    },
    issuedOn: '2023-12-31',
    effectiveFrom: '2024-01-01',
    note: 'Repealed from 2025-07-01 by Decree 152/2025 Art. 59(2).',
  },
  TT_01_2024: {
    id: 'TT_01_2024',
    number: 'TT 01/2024/TT-BNV',
    title: {
      vi: 'Quy định biện pháp thi hành Luật Thi đua, khen thưởng',
      en: 'Implementing measures for the Law on Emulation and Commendation',
    },
    issuedOn: '2024-02-24',
    note: 'Contents UNCONFIRMED; replaced by Circular 15/2025/TT-BNV.',
  },
  ND_152_2025: {
    id: 'ND_152_2025',
    number: 'NĐ 152/2025/NĐ-CP',
    title: {
      vi: 'Quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
      en: 'Delegation of powers in emulation and commendation; detailing the Law',
    },
    issuedOn: '2025-06-14',
    effectiveFrom: '2025-07-01',
  },
  ND_129_2025: {
    id: 'ND_129_2025',
    number: 'NĐ 129/2025/NĐ-CP',
    title: {
      vi: 'Quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ',
      en: 'Allocation of powers between the two tiers of local government in Home Affairs',
    },
    issuedOn: '2025-06-11',
    effectiveFrom: '2025-07-01',
  },
  TT_15_2025: {
    id: 'TT_15_2025',
    number: 'TT 15/2025/TT-BNV',
    title: {
      vi: 'Quy định biện pháp thi hành Luật Thi đua, khen thưởng và Nghị định 152/2025/NĐ-CP',
      en: 'Implementing measures for the Law and Decree 152/2025',
    },
    issuedOn: null,
    note: 'Date and articles UNCONFIRMED (cited by Bắc Ninh QĐ 86/2025/QĐ-UBND).',
  },
  QD_638_2025: {
    id: 'QD_638_2025',
    number: 'QĐ 638/QĐ-BNV',
    title: {
      vi: 'Công bố thủ tục hành chính nội bộ lĩnh vực thi đua, khen thưởng',
      en: 'Internal administrative procedures for emulation and commendation',
    },
    issuedOn: null,
    note: '2025; exact date UNCONFIRMED. Part II.B(4): 20 working days from a complete dossier.',
  },
  QD_311_2025: {
    id: 'QD_311_2025',
    number: 'QĐ 311/QĐ-BNV',
    title: {
      vi: 'Công bố thủ tục hành chính lĩnh vực thi đua, khen thưởng cấp trung ương',
      en: 'Central-level administrative procedures for emulation and commendation',
    },
    issuedOn: null,
    note: '2025; exact date UNCONFIRMED.',
  },
  ND_13_2012: {
    id: 'ND_13_2012',
    number: 'NĐ 13/2012/NĐ-CP',
    title: { vi: 'Ban hành Điều lệ Sáng kiến', en: 'Issuing the Charter on Initiatives' },
    issuedOn: '2012-03-02',
    note: 'No successor found; still cited by 2025–2026 local guidance.',
  },
  TT_18_2013: {
    id: 'TT_18_2013',
    number: 'TT 18/2013/TT-BKHCN',
    title: {
      vi: 'Hướng dẫn thi hành Điều lệ Sáng kiến',
      en: 'Guidance on the Charter on Initiatives',
    },
    issuedOn: '2013-08-01',
  },
  LABOUR_CODE_2019: {
    id: 'LABOUR_CODE_2019',
    number: 'Bộ luật Lao động 45/2019/QH14',
    title: { vi: 'Bộ luật Lao động', en: 'Labour Code' },
    issuedOn: '2019-11-20',
    effectiveFrom: '2021-01-01',
  },
  CIVIL_CODE_2015: {
    id: 'CIVIL_CODE_2015',
    number: 'Bộ luật Dân sự 91/2015/QH13',
    title: { vi: 'Bộ luật Dân sự', en: 'Civil Code' },
    issuedOn: '2015-11-24',
    effectiveFrom: '2017-01-01',
  },
} as const satisfies Record<string, LegalInstrument>;
