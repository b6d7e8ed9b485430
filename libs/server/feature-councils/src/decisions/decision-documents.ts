import { awardOf, getRuleSet, NOMINEE_KIND_NAMES, type NomineeKind } from '@tdkt/domain';
import type { DocumentModel } from '../documents/document-model';
import { legalBases } from '../documents/legal-bases';
import {
  issuerFullName,
  issuerHeaderLines,
  placeName,
  vietnameseCoefficient,
  vietnameseLongDate,
  vietnameseMoney,
} from '../documents/vietnamese-format';

/** What the decision and certificates are written from. */
export interface DecisionFacts {
  number: string;
  signedOn: string;
  title: string;
  /** The issuer's name on the signing date (the organisation tree's dated names). */
  issuerName: string;
  signerName: string;
  ruleSetId: string;
  /** The council meetings whose minutes ground the decision, as dates. */
  councilMeetingDates: string[];
  /** The body that proposed it: the unit of the reviewers who appraised the dossiers. */
  proposedBy: string;
  /** Whether any dossier relies on a recognised initiative (the initiative decree is then cited). */
  citesInitiatives: boolean;
  /**
   * The base salary the bonuses were computed on (that of the signing date); null when it cannot be
   * stated with certainty (the decision then gives the amounts only).
   */
  baseSalaryVnd: number | null;
  /**
   * Set when the dossiers replay a past cycle (their rule set was not in force when they were really
   * received, or the issuer no longer existed on the signing date): the documents say so plainly.
   */
  replay: { ruleSetId: string; reason: string } | null;
  awardees: {
    position: number;
    nomineeName: string;
    nomineeKind: string;
    nomineeTitle: string | null;
    unitName: string;
    awardCode: string;
    awardName: string;
    coefficientThousandths: number;
    bonusVnd: number;
    achievementsSummary: string;
    /** The entry in the issuer's register of awards for the year (sổ vàng), gapless per issuer and year. */
    registerNumber: number;
  }[];
}

/** A notice at the top of every document of a replayed cycle. */
function replayNotice(facts: DecisionFacts): DocumentModel['blocks'] {
  if (facts.replay === null) return [];
  return [
    {
      kind: 'paragraph',
      bold: true,
      align: 'center',
      text: `BẢN DIỄN TẬP — KHÔNG CÓ GIÁ TRỊ PHÁP LÝ. ${facts.replay.reason}`,
    },
  ];
}

/** "các cá nhân, tập thể" — only the kinds the decision awards. */
function kindsNamed(awardees: readonly { nomineeKind: string }[]): string {
  const kinds = (Object.keys(NOMINEE_KIND_NAMES) as NomineeKind[]).filter((kind) =>
    awardees.some((awardee) => awardee.nomineeKind === kind),
  );
  const many = awardees.length > 1 ? 'các ' : '';
  return `${many}${kinds.map((kind) => NOMINEE_KIND_NAMES[kind].vi).join(', ')}`;
}

/** "2 cá nhân, 1 tập thể và 1 hộ gia đình". */
function countByKind(awardees: readonly { nomineeKind: string }[]): string {
  const parts = (Object.keys(NOMINEE_KIND_NAMES) as NomineeKind[]).flatMap((kind) => {
    const count = awardees.filter((awardee) => awardee.nomineeKind === kind).length;
    return count > 0 ? [`${count} ${NOMINEE_KIND_NAMES[kind].vi}`] : [];
  });
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

/** The decision (quyết định khen thưởng) in the administrative layout, with its annex of awardees. */
export function decisionDocument(facts: DecisionFacts): DocumentModel {
  const ruleSet = getRuleSet(facts.ruleSetId);
  const dated = `${placeName(facts.issuerName)}, ${vietnameseLongDate(facts.signedOn)}`;
  const issuerUpper = issuerFullName(facts.issuerName).toUpperCase();
  const total = facts.awardees.reduce((sum, awardee) => sum + awardee.bonusVnd, 0);
  const byAward = new Map<string, DecisionFacts['awardees']>();
  for (const awardee of facts.awardees)
    byAward.set(awardee.awardCode, [...(byAward.get(awardee.awardCode) ?? []), awardee]);
  const salary = facts.baseSalaryVnd;
  return {
    title: `Quyết định ${facts.number}${facts.replay === null ? '' : ' (bản diễn tập)'}`,
    date: facts.signedOn,
    blocks: [
      ...replayNotice(facts),
      {
        kind: 'header',
        issuer: issuerHeaderLines(facts.issuerName),
        number: `Số: ${facts.number}`,
        placeAndDate: dated,
      },
      { kind: 'title', lines: ['QUYẾT ĐỊNH', facts.title] },
      { kind: 'title', lines: [`CHỦ TỊCH ${issuerUpper}`] },
      ...[
        ...legalBases(ruleSet, { citesInitiatives: facts.citesInitiatives }),
        ...facts.councilMeetingDates.map(
          (date) =>
            `Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng ${vietnameseLongDate(date)};`,
        ),
        `Theo đề nghị của ${facts.proposedBy}.`,
      ].map((text) => ({ kind: 'paragraph' as const, text, italic: true })),
      { kind: 'title', lines: ['QUYẾT ĐỊNH:'] },
      ...[...byAward.values()].map((awardees) => ({
        kind: 'paragraph' as const,
        text: `Điều 1. ${articleOne(facts.ruleSetId, awardees)}`,
      })),
      {
        kind: 'paragraph',
        text: `Điều 2. Kèm theo danh hiệu, hình thức khen thưởng là tiền thưởng theo quy định${
          salary === null ? '' : ` (mức lương cơ sở ${vietnameseMoney(salary)} đồng)`
        }; tổng số tiền thưởng: ${vietnameseMoney(total)} đồng, chi từ Quỹ thi đua, khen thưởng.`,
      },
      {
        kind: 'paragraph',
        text: `Điều 3. Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị có liên quan và ${kindsNamed(facts.awardees)} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.`,
      },
      {
        kind: 'signature',
        left: ['Nơi nhận:', '- Như Điều 3;', '- Lưu: VT.'],
        titleLines: ['CHỦ TỊCH'],
        name: facts.signerName,
      },
      { kind: 'page-break' },
      {
        kind: 'title',
        lines: [
          'DANH SÁCH KHEN THƯỞNG',
          `(Kèm theo Quyết định số ${facts.number} ${vietnameseLongDate(facts.signedOn)} của Chủ tịch ${issuerFullName(facts.issuerName)})`,
        ],
      },
      {
        kind: 'table',
        columns: [
          { title: 'STT', width: 5, align: 'center' },
          { title: 'Họ và tên', width: 20 },
          { title: 'Chức vụ, đơn vị', width: 25 },
          { title: 'Danh hiệu, hình thức khen thưởng', width: 22 },
          { title: 'Hệ số', width: 8, align: 'center' },
          { title: 'Tiền thưởng (đồng)', width: 14, align: 'right' },
        ],
        rows: [
          ...facts.awardees.map((awardee) => [
            String(awardee.position),
            awardee.nomineeName,
            [awardee.nomineeTitle, awardee.unitName].filter(Boolean).join(', '),
            awardee.awardName,
            vietnameseCoefficient(awardee.coefficientThousandths),
            vietnameseMoney(awardee.bonusVnd),
          ]),
          ['', 'Tổng cộng', countByKind(facts.awardees), '', '', vietnameseMoney(total)],
        ],
      },
    ],
  };
}

/** "Tặng danh hiệu … cho 2 cá nhân …": the award as its awardees carry it (named after the issuer). */
function articleOne(ruleSetId: string, awardees: DecisionFacts['awardees']): string {
  const first = awardees[0];
  if (first === undefined) return '';
  const award = awardOf(getRuleSet(ruleSetId), first.awardCode);
  const gift =
    award.kind === 'emulation-title' ? `danh hiệu “${first.awardName}”` : first.awardName;
  return `Tặng ${gift} cho ${countByKind(awardees)} đã có thành tích xuất sắc (có danh sách kèm theo).`;
}

/** The certificate (Giấy khen, Bằng khen, or the title's certificate) of one awardee. */
export function certificateDocument(
  facts: DecisionFacts,
  awardee: DecisionFacts['awardees'][number],
): DocumentModel {
  const award = awardOf(getRuleSet(facts.ruleSetId), awardee.awardCode);
  const heading =
    award.kind === 'commendation'
      ? (award.issuedAs?.form.vi ?? award.name.vi).toUpperCase()
      : 'GIẤY CHỨNG NHẬN';
  const year = facts.signedOn.slice(0, 4);
  return {
    title: `${heading} ${awardee.nomineeName} ${facts.number}`,
    date: facts.signedOn,
    blocks: [
      ...replayNotice(facts),
      {
        kind: 'title',
        lines: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
      },
      { kind: 'title', lines: [`CHỦ TỊCH ${issuerFullName(facts.issuerName).toUpperCase()}`] },
      {
        kind: 'title',
        lines:
          award.kind === 'commendation'
            ? ['TẶNG', heading]
            : [heading, 'DANH HIỆU', awardee.awardName.toUpperCase()],
      },
      { kind: 'paragraph', text: awardee.nomineeName, bold: true, align: 'center', size: 18 },
      {
        kind: 'paragraph',
        text: [awardee.nomineeTitle, awardee.unitName].filter(Boolean).join(', '),
        align: 'center',
      },
      {
        kind: 'paragraph',
        text: `Đã có thành tích: ${awardee.achievementsSummary}`,
        italic: true,
        align: 'center',
      },
      {
        kind: 'paragraph',
        text: `Quyết định số ${facts.number} ${vietnameseLongDate(facts.signedOn)}. Số sổ vàng: ${awardee.registerNumber}/${year}.`,
        align: 'center',
      },
      {
        kind: 'paragraph',
        text: `${placeName(facts.issuerName)}, ${vietnameseLongDate(facts.signedOn)}`,
        italic: true,
        align: 'center',
      },
      { kind: 'signature', left: [], titleLines: ['CHỦ TỊCH'], name: facts.signerName },
    ],
  };
}
