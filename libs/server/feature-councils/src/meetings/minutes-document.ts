import {
  COUNCIL_POSITION_NAMES,
  type CouncilDossierResult,
  type CouncilPosition,
} from '@tdkt/contracts';
import type { DocumentModel } from '../documents/document-model';
import { issuerHeaderLines, placeName, vietnameseLongDate } from '../documents/vietnamese-format';

export interface MinutesFacts {
  title: string;
  /** "Điều 30 khoản 7 NĐ 98/2023/NĐ-CP": where the thresholds of the meeting's rule set come from. */
  ballotBasis: string;
  unitName: string;
  heldOn: string;
  time: string;
  location: string;
  members: { userId: string; fullName: string; position: CouncilPosition }[];
  present: string[];
  secretBallot: boolean;
  results: (CouncilDossierResult & { nomineeName: string; awardName: string })[];
}

/** The minutes of a council meeting (biên bản họp Hội đồng): attendance, ballot counts, results. */
export function minutesDocument(facts: MinutesFacts): DocumentModel {
  const attended = facts.members.filter((member) => facts.present.includes(member.userId));
  const absent = facts.members.filter((member) => !facts.present.includes(member.userId));
  const chair = facts.members.find((member) => member.position === 'chair');
  const secretary = facts.members.find((member) => member.position === 'secretary');
  const name = (member: MinutesFacts['members'][number]) =>
    `${member.fullName} — ${COUNCIL_POSITION_NAMES[member.position].vi}`;
  return {
    title: `Biên bản ${facts.title}`,
    date: facts.heldOn,
    blocks: [
      {
        kind: 'header',
        issuer: [...issuerHeaderLines(facts.unitName), 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG'],
        number: null,
        placeAndDate: `${placeName(facts.unitName)}, ${vietnameseLongDate(facts.heldOn)}`,
      },
      { kind: 'title', lines: ['BIÊN BẢN', facts.title] },
      {
        kind: 'paragraph',
        text: `Thời gian: ${facts.time}, ${vietnameseLongDate(facts.heldOn)}. Địa điểm: ${facts.location}.`,
      },
      {
        kind: 'paragraph',
        text: `Thành phần: ${facts.members.length} thành viên Hội đồng; có mặt ${attended.length}, vắng mặt ${absent.length}.`,
      },
      ...attended.map((member) => ({
        kind: 'paragraph' as const,
        text: `- Có mặt: ${name(member)}`,
      })),
      ...absent.map((member) => ({
        kind: 'paragraph' as const,
        text: `- Vắng mặt: ${name(member)}`,
      })),
      {
        kind: 'paragraph',
        text: facts.secretBallot
          ? 'Hình thức biểu quyết: bỏ phiếu kín. Biên bản ghi số phiếu, không ghi ý kiến của từng thành viên.'
          : 'Hình thức biểu quyết: biểu quyết công khai.',
      },
      {
        kind: 'paragraph',
        text: `Kết quả bỏ phiếu (tỷ lệ tính trên tổng số thành viên Hội đồng, theo ${facts.ballotBasis}):`,
      },
      {
        kind: 'table',
        columns: [
          { title: 'STT', width: 7, align: 'center' },
          { title: 'Hồ sơ', width: 14 },
          { title: 'Người/tập thể được đề nghị', width: 20 },
          { title: 'Danh hiệu, hình thức', width: 20 },
          { title: 'Phiếu đồng ý / tổng số thành viên', width: 15, align: 'center' },
          { title: 'Số phiếu cần đạt', width: 10, align: 'center' },
          { title: 'Kết quả', width: 14, align: 'center' },
        ],
        rows: facts.results.map((result, index) => [
          String(index + 1),
          result.code,
          result.nomineeName,
          result.awardName,
          `${result.votesFor}/${result.membersTotal}`,
          String(result.votesRequired),
          !result.quorumMet ? 'Không đủ số thành viên dự họp' : result.passed ? 'Đạt' : 'Không đạt',
        ]),
      },
      {
        kind: 'signature',
        left: ['THƯ KÝ HỘI ĐỒNG', '', '', '', secretary?.fullName ?? ''],
        titleLines: ['CHỦ TỊCH HỘI ĐỒNG'],
        name: chair?.fullName ?? '',
      },
    ],
  };
}
