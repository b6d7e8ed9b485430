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
import { ruleSetForSubmissions } from '@tdkt/server-feature-dossier';
import type { DataSource } from 'typeorm';
import { awardsForKind, submissionAwardCatalog } from '../import/award-catalog';
import { NAME_HEADERS } from '../import/import-columns';
import { sheetsByKind, writeListWorkbook, type ListRow } from '../template/list-workbook';

/** A spreadsheet to download: its file name and bytes. */
export interface SpreadsheetFile {
  fileName: string;
  content: Buffer;
}

export interface DossierRow {
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
export const MAX_EXPORT_ROWS = 20_000;

/**
 * What every exported list shares: lists as Excel workbooks in the import's own layout plus columns of
 * their own (code, unit, stage, decision, votes, bonus), so that any of them imports back.
 */
@Injectable()
export class ExportWorkbooks {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ServerConfig,
  ) {}

  /** The name of a unit, for a workbook's title. */
  async unitName(unitId: string): Promise<string> {
    const [unit] = await this.dataSource.query<{ name: string }[]>(
      `SELECT name FROM units WHERE id = $1`,
      [unitId],
    );
    if (unit === undefined) throw new AppError('UNIT_NOT_FOUND');
    return unit.name;
  }

  /** The dossiers `where` selects, with the columns every list shows. */
  rowsOf(
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

  /** A dossier as a list row: the import's columns, then code, unit, stage, `extra`, decision. */
  listRow(row: DossierRow, extra: (string | number | null)[]): ListRow {
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

  /** A workbook of `rows` in the import's layout, with the export's own columns after it. */
  async workbook(
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

export interface Ballot {
  cast: number | null;
  for: number | null;
  required: number | null;
  passed: boolean | null;
}

function uniqueByCode<T extends { code: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.code, item])).values()];
}
