import { deepFreeze } from '../shared/deep-freeze';
import type { LegalRef } from '../shared/legal-ref';
import type { LocalizedText } from '../shared/localized-text';

/** Stable codes of the documents a dossier may have to contain. */
export const DOCUMENT_CODES = [
  'TO_TRINH',
  'BAO_CAO_THANH_TICH',
  'BIEN_BAN_BINH_XET',
  'KET_QUA_BO_PHIEU',
  'CHUNG_NHAN_SANG_KIEN',
  'XAC_NHAN_PHAM_VI_ANH_HUONG',
  'TOM_TAT_THANH_TICH',
] as const;
export type DocumentCode = (typeof DOCUMENT_CODES)[number];

/** A dossier document: its code, names and where the law requires it. */
export interface DocumentDefinition {
  readonly code: DocumentCode;
  readonly name: LocalizedText;
  readonly legalRef: LegalRef;
}

const LAW = 'Luật 06/2022/QH15';

/** Every document the catalog refers to. */
export const DOCUMENTS: Readonly<Record<DocumentCode, DocumentDefinition>> = deepFreeze({
  TO_TRINH: {
    code: 'TO_TRINH',
    name: { vi: 'Tờ trình đề nghị khen thưởng', en: 'Submission memo' },
    legalRef: { instrument: LAW, article: '84', clause: '1', point: 'a' },
  },
  BAO_CAO_THANH_TICH: {
    code: 'BAO_CAO_THANH_TICH',
    name: { vi: 'Báo cáo thành tích', en: 'Achievement report' },
    legalRef: { instrument: LAW, article: '84', clause: '1', point: 'b' },
  },
  BIEN_BAN_BINH_XET: {
    code: 'BIEN_BAN_BINH_XET',
    name: { vi: 'Biên bản bình xét thi đua', en: 'Peer-review minutes' },
    legalRef: { instrument: LAW, article: '84', clause: '1', point: 'c' },
  },
  KET_QUA_BO_PHIEU: {
    code: 'KET_QUA_BO_PHIEU',
    name: {
      vi: 'Kết quả bỏ phiếu của Hội đồng Thi đua - Khen thưởng',
      en: 'Ballot result of the Emulation & Commendation Council',
    },
    legalRef: { instrument: 'NĐ 98/2023/NĐ-CP', article: '34', clause: '2' },
  },
  CHUNG_NHAN_SANG_KIEN: {
    code: 'CHUNG_NHAN_SANG_KIEN',
    name: {
      vi: 'Chứng nhận sáng kiến, đề tài khoa học hoặc xác nhận hoàn thành xuất sắc nhiệm vụ',
      en: 'Certificate of the initiative or research, or confirmation of an excellent rating',
    },
    legalRef: { instrument: 'NĐ 98/2023/NĐ-CP', article: '34', clause: '2' },
  },
  XAC_NHAN_PHAM_VI_ANH_HUONG: {
    code: 'XAC_NHAN_PHAM_VI_ANH_HUONG',
    name: {
      vi: 'Văn bản công nhận hiệu quả, phạm vi ảnh hưởng của sáng kiến (cấp tỉnh hoặc toàn quốc)',
      en: "Recognition of the initiative's effect and scope (province-wide or nationwide)",
    },
    legalRef: {
      instrument: LAW,
      article: '22',
      clause: '2',
      note: 'Art. 21(2) for nationwide scope',
    },
  },
  TOM_TAT_THANH_TICH: {
    code: 'TOM_TAT_THANH_TICH',
    name: {
      vi: 'Tóm tắt thành tích (thủ tục đơn giản)',
      en: 'Achievement summary (simplified procedure)',
    },
    legalRef: {
      instrument: LAW,
      article: '85',
      note: 'UNCONFIRMED: exact simplified dossier; commonly a submission with an achievement summary',
    },
  },
});
