import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  DOSSIER_STAGE_NAMES,
  type DossierStage,
  type Nominee,
  type NomineeKind,
} from '@tdkt/contracts';
import { ServerConfig } from '@tdkt/server-config';
import {
  type ListDossiersQuery,
  ListDossiersUseCase,
  ruleSetForSubmissions,
} from '@tdkt/server-feature-dossier';
import type { DataSource } from 'typeorm';
import { awardsForKind, submissionAwardCatalog } from '../import/award-catalog';
import { NAME_HEADERS } from '../import/import-columns';
import { sheetsByKind, writeListWorkbook, type ListRow } from '../template/list-workbook';

/** A spreadsheet to download: its file name and bytes. */
export interface SpreadsheetFile {
  fileName: string;
  content: Buffer;
}

interface DossierRow {
  code: string;
  year: number;
  award_code: string;
  nominee: Nominee;
  achievements_summary: string;
  stage: DossierStage;
  unit_name: string;
  decision_number: string | null;
  decided_on: string | null;
}

const DOSSIER_COLUMNS = `d.code, d.year, d.award_code, d.nominee, d.achievements_summary, d.stage,
  u.name AS unit_name, d.decision_number, to_char(d.decided_on, 'DD/MM/YYYY') AS decided_on`;

const EXPORT_COLUMNS = [
  { header: 'Mã hồ sơ', width: 16 },
  { header: 'Đơn vị đề nghị', width: 30 },
  { header: 'Trạng thái', width: 22 },
];

/** At most this many dossiers go in one export (a province's year is a few thousand). */
const MAX_EXPORT_ROWS = 20_000;

/**
 * Lists as Excel workbooks, in the import's own layout plus columns of their own (code, unit, stage,
 * decision, votes, bonus), so that any of them imports back: the template of an award, a dossier list
 * with its filters, a council meeting's results, a decision's annex, the award register of a unit
 * and year.
 */
@Injectable()
export class DossierExportsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ServerConfig,
    private readonly list: ListDossiersUseCase,
  ) {}

  /** The empty list of an award for a year: its drop-downs, an example row and instructions. */
  async template(awardCode: string, year: number, unitId: string): Promise<SpreadsheetFile> {
    const unitName = await this.unitName(unitId);
    const ruleSet = ruleSetForSubmissions(this.config, year);
    const award = ruleSet.awards[awardCode as keyof typeof ruleSet.awards];
    if (award === undefined)
      throw new AppError('VALIDATION_FAILED', [
        {
          field: 'awardCode',
          rule: 'award-in-rule-set',
          message: {
            vi: `Bộ quy tắc áp dụng cho năm ${year} (${ruleSet.id}) không có "${awardCode}".`,
            en: `The rule set for ${year} (${ruleSet.id}) has no award "${awardCode}".`,
          },
        },
      ]);
    const kind = award.nomineeKinds[0] as NomineeKind;
    const catalog = submissionAwardCatalog(this.config);
    const example: ListRow = {
      year,
      awardCode,
      awardName: award.name.vi,
      nominee:
        kind === 'individual'
          ? {
              kind,
              name: 'Nguyễn Thị Lan',
              birthYear: 1985,
              gender: 'female',
              position: 'Giáo viên',
              rating: 'HTXS',
              directWorker: false,
              ethnicMinority: false,
              leaderOrManager: false,
            }
          : { kind, name: kind === 'collective' ? 'Tổ Toán - Tin học' : 'Hộ ông Nguyễn Văn Ba' },
      achievementsSummary: 'Tóm tắt thành tích tiêu biểu trong năm',
    };
    const content = await writeListWorkbook({
      title: ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', `${award.name.vi} năm ${year} — ${unitName}`],
      awards: { [kind]: awardsForKind(catalog, year, kind) },
      sheets: [{ name: 'Danh sách', kind, rows: [], example }],
      emptyRows: 500,
    });
    return { fileName: `mau-danh-sach-${awardCode.toLowerCase()}-${year}.xlsx`, content };
  }

  /** The dossiers a list shows with its filters (up to MAX_EXPORT_ROWS), most recently changed first. */
  async dossierList(
    query: Omit<ListDossiersQuery, 'limit' | 'offset'>,
    filters: string[],
  ): Promise<SpreadsheetFile> {
    const page = await this.list.execute({ ...query, limit: MAX_EXPORT_ROWS, offset: 0 });
    const rows = await this.rowsOf(
      `d.id = ANY($1::uuid[])`,
      [page.items.map((dossier) => dossier.id)],
      'd.updated_at DESC, d.code DESC',
    );
    return this.workbook(
      ['DANH SÁCH HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG', ...filters],
      rows.map((row) => this.listRow(row, [])),
      [],
      'danh-sach-ho-so.xlsx',
    );
  }

  /** A council meeting's results: each dossier on its agenda with the votes it got. */
  async councilResults(meetingId: string): Promise<SpreadsheetFile> {
    const [meeting] = await this.dataSource.query<{ title: string; held_on: string }[]>(
      `SELECT title, to_char(scheduled_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY') AS held_on
         FROM council_meetings WHERE id = $1`,
      [meetingId],
    );
    if (meeting === undefined) throw new AppError('COUNCIL_MEETING_NOT_FOUND');
    const rows = await this.rowsOf(
      `d.id IN (SELECT dossier_id FROM council_agenda_items WHERE meeting_id = $1 AND removed_at IS NULL)`,
      [meetingId],
      'd.code',
      `, (SELECT jsonb_build_object('cast', a.ballots_cast, 'for', a.votes_for, 'required', a.votes_required, 'passed', a.passed)
            FROM council_agenda_items a WHERE a.meeting_id = $1 AND a.dossier_id = d.id) AS ballot`,
    );
    return this.workbook(
      [
        'KẾT QUẢ BỎ PHIẾU CỦA HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
        `${meeting.title} — ${meeting.held_on}`,
      ],
      rows.map((row) => {
        const ballot = (row as DossierRow & { ballot: Ballot | null }).ballot;
        return this.listRow(row, [
          ballot?.cast ?? null,
          ballot?.for ?? null,
          ballot?.required ?? null,
          ballot?.passed === null || ballot?.passed === undefined
            ? null
            : ballot.passed
              ? 'Đạt'
              : 'Không đạt',
        ]);
      }),
      [
        { header: 'Số phiếu', width: 10 },
        { header: 'Số phiếu đồng ý', width: 12 },
        { header: 'Số phiếu cần đạt', width: 12 },
        { header: 'Kết quả', width: 12 },
      ],
      'ket-qua-hoi-dong.xlsx',
    );
  }

  /** A decision's annex: the people and collectives it awards, with their bonus. */
  async decisionAnnex(decisionId: string): Promise<SpreadsheetFile> {
    const [decision] = await this.dataSource.query<{ number: string; signed_on: string }[]>(
      `SELECT number, to_char(signed_on, 'DD/MM/YYYY') AS signed_on FROM decisions WHERE id = $1`,
      [decisionId],
    );
    if (decision === undefined) throw new AppError('DECISION_NOT_FOUND');
    const rows = await this.rowsOf(
      `d.id IN (SELECT dossier_id FROM decision_awardees WHERE decision_id = $1)`,
      [decisionId],
      '(SELECT position FROM decision_awardees a WHERE a.decision_id = $1 AND a.dossier_id = d.id)',
      `, (SELECT bonus_vnd FROM decision_awardees a WHERE a.decision_id = $1 AND a.dossier_id = d.id)::text AS bonus`,
    );
    return this.workbook(
      [
        'DANH SÁCH KHEN THƯỞNG',
        `Kèm theo Quyết định số ${decision.number} ngày ${decision.signed_on}`,
      ],
      rows.map((row) =>
        this.listRow(row, [Number((row as DossierRow & { bonus: string | null }).bonus ?? 0)]),
      ),
      [{ header: 'Tiền thưởng (đồng)', width: 16 }],
      `phu-luc-quyet-dinh-${decision.number.replace(/[^0-9A-Za-z]+/g, '-')}.xlsx`,
    );
  }

  /** The award register (sổ khen thưởng) of a unit's subtree for a year: every dossier awarded. */
  async awardRegister(unitId: string, year: number): Promise<SpreadsheetFile> {
    const unitName = await this.unitName(unitId);
    const rows = await this.rowsOf(
      `d.stage = 'APPROVED' AND d.year = $2 AND d.proposing_unit_id IN (
         WITH RECURSIVE sub(id) AS (
           SELECT id FROM units WHERE id = $1
           UNION SELECT u2.id FROM units u2 JOIN sub ON u2.parent_id = sub.id OR u2.merged_into_id = sub.id
         ) SELECT id FROM sub)`,
      [unitId, year],
      'u.name, d.decided_on, d.code',
    );
    return this.workbook(
      ['SỔ KHEN THƯỞNG', `${unitName} — năm ${year}`],
      rows.map((row) => this.listRow(row, [])),
      [],
      `so-khen-thuong-${year}.xlsx`,
    );
  }

  private async unitName(unitId: string): Promise<string> {
    const [unit] = await this.dataSource.query<{ name: string }[]>(
      `SELECT name FROM units WHERE id = $1`,
      [unitId],
    );
    if (unit === undefined) throw new AppError('UNIT_NOT_FOUND');
    return unit.name;
  }

  private rowsOf(
    where: string,
    params: unknown[],
    orderBy: string,
    extraColumns = '',
  ): Promise<DossierRow[]> {
    return this.dataSource.query<DossierRow[]>(
      `SELECT ${DOSSIER_COLUMNS} ${extraColumns}
         FROM dossiers d JOIN units u ON u.id = d.proposing_unit_id
        WHERE ${where} ORDER BY ${orderBy} LIMIT ${MAX_EXPORT_ROWS}`,
      params,
    );
  }

  private listRow(row: DossierRow, extra: (string | number | null)[]): ListRow {
    const ruleSet = ruleSetForSubmissions(this.config, row.year);
    const award = ruleSet.awards[row.award_code as keyof typeof ruleSet.awards];
    return {
      year: row.year,
      awardCode: row.award_code,
      awardName: award?.name.vi ?? row.award_code,
      nominee: row.nominee,
      achievementsSummary: row.achievements_summary,
      extra: [
        row.code,
        row.unit_name,
        DOSSIER_STAGE_NAMES[row.stage]?.vi ?? row.stage,
        ...extra,
        row.decision_number,
        row.decided_on,
      ],
    };
  }

  private async workbook(
    title: string[],
    rows: ListRow[],
    extraColumns: { header: string; width: number }[],
    fileName: string,
  ): Promise<SpreadsheetFile> {
    const catalog = submissionAwardCatalog(this.config);
    const years = [...new Set(rows.map((row) => row.year))];
    const awards = Object.fromEntries(
      (Object.keys(NAME_HEADERS) as NomineeKind[]).map((kind) => [
        kind,
        uniqueByCode(years.flatMap((year) => awardsForKind(catalog, year, kind))),
      ]),
    );
    const content = await writeListWorkbook({
      title,
      awards,
      sheets: sheetsByKind(rows),
      extraColumns: [
        ...EXPORT_COLUMNS,
        ...extraColumns,
        { header: 'Số quyết định', width: 16 },
        { header: 'Ngày quyết định', width: 14 },
      ],
    });
    return { fileName, content };
  }
}

interface Ballot {
  cast: number | null;
  for: number | null;
  required: number | null;
  passed: boolean | null;
}

function uniqueByCode<T extends { code: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.code, item])).values()];
}
