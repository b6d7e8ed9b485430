import { deepFreeze } from '../shared/deep-freeze';
import type { LegalSource } from '../shared/legal-source';
import type { LocalizedText } from '../shared/localized-text';

/** The four grounds of Law 06/2022/QH15 Art. 93(2) on which an award is revoked (hủy bỏ). */
export const REVOCATION_GROUND_CODES = ['93.2.a', '93.2.b', '93.2.c', '93.2.d'] as const;
export type RevocationGroundCode = (typeof REVOCATION_GROUND_CODES)[number];

export interface RevocationGround {
  readonly code: RevocationGroundCode;
  readonly text: LocalizedText;
  readonly source: LegalSource;
}

function art93(point: string): LegalSource {
  return {
    document: 'Luật Thi đua, khen thưởng 06/2022/QH15',
    article: `93(2)(${point})`,
    issuedOn: '2022-06-15',
    issuer: 'Quốc hội',
    url: 'https://vietjack.me/phap-luat/luat-thi-dua-khen-thuong-2022/chuong-vii-1004.html',
    status: 'unconfirmed',
    note: 'Wording identical on two mirrors of the full text (vietjack.me, hethongphapluat.vn) carrying the Công báo 571–572 of 15/7/2022 metadata; the gazette page itself was not read. Revoking is the authority’s act, never a refusal of a citizen.',
  };
}

export const REVOCATION_GROUNDS: readonly RevocationGround[] = deepFreeze([
  {
    code: '93.2.a',
    text: {
      vi: 'Có hành vi gian dối trong việc kê khai công trạng, thành tích để được tặng danh hiệu thi đua, hình thức khen thưởng',
      en: 'Deceit in declaring merits or achievements to obtain the award',
    },
    source: art93('a'),
  },
  {
    code: '93.2.b',
    text: {
      vi: 'Cung cấp thông tin sai sự thật hoặc làm giả hồ sơ, giấy tờ để đề nghị tặng danh hiệu thi đua, hình thức khen thưởng',
      en: 'False information or forged papers in the proposal',
    },
    source: art93('b'),
  },
  {
    code: '93.2.c',
    text: {
      vi: 'Thẩm định, xét, duyệt, đề nghị danh hiệu thi đua, hình thức khen thưởng trái quy định của pháp luật',
      en: 'Appraisal, review, approval or proposal contrary to law',
    },
    source: art93('c'),
  },
  {
    code: '93.2.d',
    text: {
      vi: 'Có kết luận, quyết định, bản án của cơ quan có thẩm quyền về việc người được khen thưởng có vi phạm, khuyết điểm dẫn đến không bảo đảm tiêu chuẩn trong khoảng thời gian tính thành tích',
      en: 'A competent body’s conclusion, decision or judgment that the awardee’s violations or shortcomings meant the criteria were not met during the period assessed',
    },
    source: art93('d'),
  },
]);

export function revocationGround(code: RevocationGroundCode): RevocationGround {
  const ground = REVOCATION_GROUNDS.find((candidate) => candidate.code === code);
  if (ground === undefined) throw new Error(`unknown revocation ground ${code}`);
  return ground;
}

export function isRevocationGroundCode(value: unknown): value is RevocationGroundCode {
  return (REVOCATION_GROUND_CODES as readonly unknown[]).includes(value);
}
