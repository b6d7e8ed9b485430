import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type IsoDate, RECIPIENT_GROUP_NAMES, type TargetVerdict } from '@tdkt/domain';
import {
  type DocumentBlock,
  fileSlug,
  issuerHeaderLines,
  placeName,
  renderDocx,
  vietnameseLongDate,
} from '@tdkt/server-feature-councils';
import type { DataSource } from 'typeorm';
import {
  type AwardStatistics,
  AwardStatisticsUseCase,
} from '../award-statistics/award-statistics.use-case';
import { groupShareChartPng } from '../group-share-chart';

/** A report ready to download. */
export interface ReportFile {
  fileName: string;
  content: Buffer;
}

/** The plan's items of one quarter: how many, how many done, how many done by their deadline. */
export interface QuarterCompletion {
  quarter: number;
  items: number;
  done: number;
  onTime: number;
}

const VERDICT_WORDS: Readonly<Record<TargetVerdict, string>> = {
  met: 'Đạt',
  'not-met': 'Chưa đạt',
  'not-judged': 'Không đánh giá',
};

const percentText = (value: number | null) =>
  value === null ? '—' : `${String(value).replace('.', ',')}%`;

/**
 * The year-end report on emulation and commendation (Báo cáo tổng kết công tác thi đua, khen
 * thưởng), the plan's Q4 item: the year's figures, the share to the groups the plan names against
 * its targets, processing times, and the plan's completion by quarter, as a DOCX in the
 * administrative layout of the decisions, for the standing body to edit before signing.
 */
@Injectable()
export class YearEndReportUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly statistics: AwardStatisticsUseCase,
  ) {}

  async execute(unitId: string, year: number, today: IsoDate): Promise<ReportFile> {
    const stats = await this.statistics.execute(unitId, year);
    const quarters = stats.plan === null ? [] : await this.quarters(stats.plan.id);
    const blocks = yearEndReportBlocks(stats, quarters, today, {
      kind: 'image',
      ...groupShareChartPng(stats.groups, year),
    });
    const content = await renderDocx({
      title: `Báo cáo tổng kết công tác thi đua, khen thưởng năm ${year}`,
      date: today,
      blocks,
    });
    return {
      fileName: `${fileSlug(`bao cao tong ket thi dua khen thuong ${year} ${placeName(stats.unitName)}`)}.docx`,
      content,
    };
  }

  private quarters(planId: string): Promise<QuarterCompletion[]> {
    return this.dataSource.query<QuarterCompletion[]>(
      `SELECT quarter::int AS quarter, count(*)::int AS items,
              count(*) FILTER (WHERE status = 'DONE')::int AS done,
              count(*) FILTER (WHERE status = 'DONE' AND completed_at::date <= due_on)::int AS "onTime"
         FROM plan_items WHERE plan_id = $1 GROUP BY quarter ORDER BY quarter`,
      [planId],
    );
  }
}

/** The report's blocks: pure, so its figures can be checked without rendering. */
export function yearEndReportBlocks(
  stats: AwardStatistics,
  quarters: QuarterCompletion[],
  today: IsoDate,
  groupChart: Extract<DocumentBlock, { kind: 'image' }> | null = null,
): DocumentBlock[] {
  const { year } = stats;
  const blocks: DocumentBlock[] = [
    {
      kind: 'header',
      issuer: issuerHeaderLines(stats.unitName),
      number: 'Số:       /BC-',
      placeAndDate: `${placeName(stats.unitName)}, ${vietnameseLongDate(today)}`,
    },
    {
      kind: 'title',
      lines: ['BÁO CÁO', `Tổng kết công tác thi đua, khen thưởng năm ${year}`],
    },
    { kind: 'paragraph', text: 'I. KẾT QUẢ KHEN THƯỞNG', bold: true },
    {
      kind: 'paragraph',
      align: 'justify',
      text: `Trong năm ${year}, ${stats.unitName} và các đơn vị trực thuộc đã đề nghị ${stats.totals.proposed} hồ sơ khen thưởng; ${stats.totals.awarded} hồ sơ được khen thưởng, ${stats.totals.notAwarded} hồ sơ không được khen thưởng.`,
    },
    { kind: 'paragraph', text: '1. Theo danh hiệu, hình thức khen thưởng', italic: true },
    countTable('Danh hiệu, hình thức', stats.byAward),
    { kind: 'paragraph', text: '2. Theo cấp quyết định', italic: true },
    countTable('Cấp', stats.byLevel),
    { kind: 'paragraph', text: '3. Theo đơn vị', italic: true },
    countTable('Đơn vị', stats.byUnit),
    { kind: 'paragraph', text: '4. Qua các năm', italic: true },
    countTable('Năm', stats.byYear, false),
    {
      kind: 'paragraph',
      text: 'II. KHEN THƯỞNG CÁC ĐỐI TƯỢNG KẾ HOẠCH QUAN TÂM, SO VỚI CHỈ TIÊU',
      bold: true,
    },
    {
      kind: 'paragraph',
      align: 'justify',
      text:
        stats.plan === null
          ? `Không có kế hoạch năm ${year} để đối chiếu chỉ tiêu; tỷ lệ được nêu để tham khảo.`
          : `Đối chiếu với Kế hoạch${stats.plan.number === null ? '' : ` số ${stats.plan.number}`} của ${stats.plan.issuerName}. Tỷ lệ tính trên số khen thưởng có thể thuộc nhóm (ví dụ: giới tính chỉ tính cá nhân); hồ sơ không ghi thông tin được tính vào mẫu số.`,
    },
    {
      kind: 'table',
      columns: [
        { title: 'Đối tượng', width: 26 },
        { title: `Năm ${year}`, width: 14, align: 'center' },
        { title: `Năm ${year - 1}`, width: 14, align: 'center' },
        { title: 'Chỉ tiêu của kế hoạch', width: 32 },
        { title: 'Đánh giá', width: 14, align: 'center' },
      ],
      rows: stats.groups.map((group) => [
        RECIPIENT_GROUP_NAMES[group.group].vi,
        `${group.share.count}/${group.share.of} (${percentText(group.percent)})`,
        `${group.previous.count}/${group.previous.of} (${percentText(group.previousPercent)})`,
        group.target === null ? 'Kế hoạch không đặt chỉ tiêu' : group.target.text.vi,
        VERDICT_WORDS[group.verdict],
      ]),
    },
    ...(groupChart === null ? [] : [groupChart]),
    {
      kind: 'paragraph',
      align: 'justify',
      text: `Cá nhân được khen thưởng giữ chức vụ lãnh đạo, quản lý: ${stats.leaders.leaders}; không giữ chức vụ: ${stats.leaders.nonLeaders}; không ghi: ${stats.leaders.unstated}.`,
    },
    { kind: 'paragraph', text: 'III. THỜI GIAN XỬ LÝ HỒ SƠ', bold: true },
    {
      kind: 'table',
      columns: [
        { title: 'Bước xử lý', width: 40 },
        { title: 'Số việc', width: 12, align: 'center' },
        { title: 'Bình quân (ngày)', width: 16, align: 'center' },
        { title: 'Đúng hạn', width: 16, align: 'center' },
      ],
      rows: stats.steps.map((step) => [
        step.name.vi,
        String(step.closed),
        step.averageDays === null ? '—' : String(step.averageDays).replace('.', ','),
        step.withDeadline === 0
          ? '—'
          : `${step.onTime}/${step.withDeadline} (${percentText(step.onTimePercent)})`,
      ]),
    },
    { kind: 'paragraph', text: 'IV. THỰC HIỆN KẾ HOẠCH THEO QUÝ', bold: true },
    quarters.length === 0
      ? { kind: 'paragraph', text: 'Không có kế hoạch năm để đối chiếu.', italic: true }
      : {
          kind: 'table',
          columns: [
            { title: 'Quý', width: 12, align: 'center' },
            { title: 'Số nhiệm vụ', width: 16, align: 'center' },
            { title: 'Đã hoàn thành', width: 18, align: 'center' },
            { title: 'Đúng hạn', width: 16, align: 'center' },
          ],
          rows: quarters.map((quarter) => [
            ['I', 'II', 'III', 'IV'][quarter.quarter - 1] ?? String(quarter.quarter),
            String(quarter.items),
            String(quarter.done),
            String(quarter.onTime),
          ]),
        },
    { kind: 'paragraph', text: 'V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM TỚI', bold: true },
    {
      kind: 'paragraph',
      text: '(Cơ quan thường trực Hội đồng Thi đua - Khen thưởng bổ sung trước khi trình ký.)',
      italic: true,
    },
    {
      kind: 'signature',
      left: ['Nơi nhận:', '- Như trên;', '- Lưu: VT.'],
      titleLines: ['TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 'CHỦ TỊCH'],
      name: '',
    },
  ];
  return blocks;
}

function countTable(
  title: string,
  counts: AwardStatistics['byAward'],
  withTotal = true,
): Extract<DocumentBlock, { kind: 'table' }> {
  const total = counts.reduce((sum, row) => sum + row.count, 0);
  return {
    kind: 'table',
    columns: [
      { title: 'STT', width: 8, align: 'center' },
      { title, width: 60 },
      { title: 'Số lượng', width: 16, align: 'center' },
    ],
    rows: [
      ...counts.map((row, index) => [String(index + 1), row.name, String(row.count)]),
      ...(withTotal ? [['', 'Tổng cộng', String(total)]] : []),
    ],
  };
}
