import { buildAwardCatalog } from '../awards/catalog';
import type { LegalRef } from '../shared/legal-ref';
import { DECIDERS, simplifiedProcedure } from './common';
import { INSTRUMENTS } from './instruments';
import type { RuleSet } from './types';
import { VN_2025_07 } from './vn-2025-07';

const LAW_2026 = 'Luật 06/2026/QH16';

/** The amending law's text was not read: every reference to it says so. */
const law2026 = (subject: string): LegalRef => ({
  instrument: LAW_2026,
  article: '—',
  note: `${subject}; reported by summaries of the law, article UNCONFIRMED`,
});

/**
 * Law 06/2022 as amended by Law 06/2026/QH16 (reported: passed in April 2026, in force 2026-10-01,
 * four articles), with Decrees 152/2025 and 129/2025. What the engine models of the amendment —
 * thematic commendation, the innovation/digital-transformation standard, priority for
 * ethnic-minority and mountain areas, the transition rule — comes from summaries of the law; every
 * such value is unconfirmed and warns rather than refuses. Everything else is carried over from
 * VN-2025-07.
 */
export const VN_2026_10: RuleSet = {
  ...VN_2025_07,
  id: 'VN-2026-10',
  baseId: 'VN-2026-10',
  name: {
    vi: 'Luật Thi đua, khen thưởng (sửa đổi bởi Luật 06/2026/QH16), Nghị định 152/2025/NĐ-CP và 129/2025/NĐ-CP',
    en: 'Law on Emulation and Commendation as amended by Law 06/2026/QH16, Decrees 152/2025 and 129/2025',
  },
  effectiveFrom: '2026-10-01',
  effectiveTo: null,
  legalBasis: [
    INSTRUMENTS.LOCAL_GOV_2025,
    INSTRUMENTS.LAW_06_2022,
    INSTRUMENTS.LAW_06_2026,
    ...VN_2025_07.legalBasis.filter(
      (instrument) =>
        instrument.id !== INSTRUMENTS.LOCAL_GOV_2025.id &&
        instrument.id !== INSTRUMENTS.LAW_06_2022.id,
    ),
  ],
  awards: buildAwardCatalog({
    decree: 'NĐ 152/2025/NĐ-CP',
    titleBonusArticle: '50',
    formBonusRef: { instrument: 'NĐ 152/2025/NĐ-CP', article: '54' },
    formCollectiveBonusConfirmed: true,
    ballotRef: VN_2025_07.councilBallot.legalRef,
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
    innovationRef: law2026('new standard "đi đầu trong đổi mới sáng tạo, chuyển đổi số"'),
    thematicRef: law2026(
      'new types "khen thưởng phong trào thi đua theo chuyên đề" and "khen thưởng chuyên đề"',
    ),
  }),
  simplifiedProcedure: simplifiedProcedure(
    law2026('the amendment widens the simplified procedure (thủ tục đơn giản)'),
  ),
  transition: {
    previous: 'VN-2025-07',
    receivedBefore: '2026-10-01',
    legalRef: law2026(
      'a dossier received for appraisal before 1/10/2026 stays under the 2022 Law unless the new rule is more favourable',
    ),
    confirmed: false,
  },
  priorityAreas: {
    name: {
      vi: 'Chú trọng khen thưởng cá nhân, tập thể vùng đồng bào dân tộc thiểu số và miền núi',
      en: 'Priority for individuals and collectives in ethnic-minority and mountain areas',
    },
    legalRef: law2026('new principle'),
    confirmed: false,
  },
  unconfirmed: [
    ...VN_2025_07.unconfirmed.filter((item) => item.path !== 'effectiveTo'),
    {
      path: 'legalBasis.LAW_06_2026',
      note: {
        vi: 'Chưa đọc được văn bản Luật 06/2026/QH16 (số, ngày thông qua 23–24/4/2026 và hiệu lực 01/10/2026 theo tin tổng hợp); các nội dung dưới đây lấy theo bản tóm tắt.',
        en: 'The text of Law 06/2026/QH16 was not read (number, adoption on 23–24 April 2026 and entry into force on 1 October 2026 from summaries); what follows is modelled on summaries.',
      },
      configurableVia: null,
    },
    {
      path: 'awards.{GIAY_KHEN_CHUYEN_DE,BANG_KHEN_TINH_CHUYEN_DE}',
      note: {
        vi: 'Khen thưởng chuyên đề và khen thưởng phong trào thi đua theo chuyên đề: tiêu chuẩn, hồ sơ (tạm dùng thủ tục đơn giản) và tiền thưởng (tạm dùng mức Giấy khen, Bằng khen) chưa xác nhận.',
        en: 'Thematic commendation and commendation of thematic emulation movements: criteria, dossier (simplified procedure assumed) and bonus (Giấy khen / Bằng khen rates assumed) unconfirmed.',
      },
      configurableVia: null,
    },
    {
      path: 'awards.{GIAY_KHEN,BANG_KHEN_TINH}.criteria.innovation-digital-leadership',
      note: {
        vi: 'Tiêu chuẩn "đi đầu trong đổi mới sáng tạo, chuyển đổi số" được mô hình như một tiêu chuẩn thay thế của Giấy khen và Bằng khen; điều khoản và phạm vi chưa xác nhận.',
        en: 'The "leading in innovation and digital transformation" standard is modelled as an alternative route of Giấy khen and Bằng khen; its article and reach are unconfirmed.',
      },
      configurableVia: 'awardCriteria',
    },
    {
      path: 'priorityAreas',
      note: {
        vi: 'Nguyên tắc ưu tiên vùng đồng bào dân tộc thiểu số và miền núi: chỉ ghi chú cho người thẩm định, không thay đổi tiêu chuẩn.',
        en: 'The priority for ethnic-minority and mountain areas is reported to reviewers only; it changes no standard.',
      },
      configurableVia: null,
    },
    {
      path: 'transition',
      note: {
        vi: 'Quy định chuyển tiếp (hồ sơ tiếp nhận trước 01/10/2026 theo Luật 2022 trừ khi quy định mới có lợi hơn) lấy theo tin tổng hợp; điều khoản chưa xác nhận.',
        en: 'The transition rule (dossiers received before 2026-10-01 stay under the 2022 Law unless the new rule is more favourable) is taken from summaries; its article is unconfirmed.',
      },
      configurableVia: null,
    },
  ],
};
