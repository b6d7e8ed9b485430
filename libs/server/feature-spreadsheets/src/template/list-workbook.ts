import type { Nominee, NomineeKind } from '@tdkt/contracts';
import ExcelJS from 'exceljs';
import {
  awardLabel,
  columnLetter,
  columnsFor,
  EXAMPLE_MARK,
  GENDER_NAMES,
  LIST_SHEET_NAMES,
  NO,
  RATING_NAMES,
  RATINGS_IN_ORDER,
  YES,
  type ImportColumnKey,
} from '../import/import-columns';

/** A row of a list: one nominee, as the import reads it back. */
export interface ListRow {
  year: number;
  awardCode: string;
  awardName: string;
  nominee: Nominee;
  achievementsSummary: string;
  /** Values of the extra columns, in their order (exports: code, stage, unit, decision…). */
  extra?: (string | number | null)[];
}

/** One sheet of a list: nominees of one kind. */
export interface ListSheet {
  name: string;
  kind: NomineeKind;
  rows: ListRow[];
  /** An example row (STT "Ví dụ"), which the import skips. */
  example?: ListRow;
}

export interface ListWorkbook {
  /** Title lines printed above the header, e.g. the unit and the award. */
  title: string[];
  /** The first sheet is the one the import reads ("Danh sách"). */
  sheets: ListSheet[];
  /** The awards each kind's drop-down offers (code and name). */
  awards: Partial<Record<NomineeKind, { code: string; name: string }[]>>;
  /** Columns after the importable ones; the import ignores them. */
  extraColumns?: { header: string; width: number }[];
  /** How many rows get the drop-downs at least (a template leaves room to type). */
  emptyRows?: number;
}

/** Rows of mixed kinds as sheets, one per kind; the first keeps the name the import reads. */
export function sheetsByKind(rows: ListRow[]): ListSheet[] {
  const kinds = (['individual', 'collective', 'household'] as const).filter((kind) =>
    rows.some((row) => row.nominee.kind === kind),
  );
  const sheets = kinds.map((kind, index) => ({
    name: index === 0 ? LIST_SHEET : LIST_SHEET_NAMES[kind],
    kind,
    rows: rows.filter((row) => row.nominee.kind === kind),
  }));
  return sheets.length > 0 ? sheets : [{ name: LIST_SHEET, kind: 'individual', rows: [] }];
}

const LIST_SHEET = 'Danh sách';
const CATALOG_SHEET = 'Danh mục';
const HELP_SHEET = 'Hướng dẫn';
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFDDEBF7' },
};
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function cellValue(key: ImportColumnKey, row: ListRow, order: number | string): ExcelJS.CellValue {
  const nominee = row.nominee;
  const yesNo = (value: boolean | undefined) => (value === undefined ? null : value ? YES : NO);
  switch (key) {
    case 'order':
      return order;
    case 'name':
      return nominee.name;
    case 'birth':
      return nominee.birthYear ?? null;
    case 'gender':
      return nominee.gender === undefined ? null : GENDER_NAMES[nominee.gender];
    case 'position':
      return nominee.position ?? null;
    case 'awardCode':
      return awardLabel(row.awardCode, row.awardName);
    case 'year':
      return row.year;
    case 'rating':
      return nominee.rating === undefined ? null : RATING_NAMES[nominee.rating];
    case 'directWorker':
      return yesNo(nominee.directWorker);
    case 'ethnicMinority':
      return yesNo(nominee.ethnicMinority);
    case 'leaderOrManager':
      return yesNo(nominee.leaderOrManager);
    case 'achievementsSummary':
      return row.achievementsSummary;
  }
}

/** Where each kind's awards are listed on the "Danh mục" sheet. */
const AWARD_COLUMNS: Readonly<Record<NomineeKind, string>> = {
  individual: 'A',
  collective: 'E',
  household: 'F',
};

/**
 * Writes a nomination list in the layout the import reads: title lines, the header row, one row per
 * nominee, drop-down lists (awards, ratings, Có/Không, Nam/Nữ) on the "Danh mục" sheet and a
 * "Hướng dẫn" sheet. Templates and exports share it, so an export imports back as it was.
 */
export async function writeListWorkbook(list: ListWorkbook): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TĐKT';
  for (const sheet of list.sheets) addListSheet(workbook, list, sheet);
  addCatalogSheet(workbook, list);
  addHelpSheet(workbook, list.sheets[0]?.kind ?? 'individual');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addListSheet(workbook: ExcelJS.Workbook, list: ListWorkbook, listSheet: ListSheet): void {
  const sheet = workbook.addWorksheet(listSheet.name, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1 },
  });
  const columns = columnsFor(listSheet.kind);
  const extra = list.extraColumns ?? [];
  const width = columns.length + extra.length;
  list.title.forEach((line, index) => {
    const row = sheet.addRow([line]);
    row.font = { bold: index === 0, size: index === 0 ? 14 : 12 };
    sheet.mergeCells(row.number, 1, row.number, width);
    row.alignment = { horizontal: 'center' };
  });
  if (list.title.length > 0) sheet.addRow([]);
  const header = sheet.addRow([
    ...columns.map((column) => column.header.vi),
    ...extra.map((column) => column.header),
  ]);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.height = 32;
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = THIN;
  });
  [...columns.map((column) => column.width), ...extra.map((column) => column.width)].forEach(
    (columnWidth, index) => (sheet.getColumn(index + 1).width = columnWidth),
  );
  sheet.views = [{ state: 'frozen', ySplit: header.number }];

  const addRow = (row: ListRow, order: number | string) => {
    const added = sheet.addRow([
      ...columns.map((column) => cellValue(column.key, row, order)),
      ...(row.extra ?? []),
    ]);
    added.alignment = { vertical: 'top', wrapText: true };
    added.eachCell({ includeEmpty: true }, (cell) => (cell.border = THIN));
    return added;
  };
  if (listSheet.example !== undefined) {
    const example = addRow(listSheet.example, EXAMPLE_MARK);
    example.font = { italic: true, color: { argb: 'FF7F7F7F' } };
  }
  listSheet.rows.forEach((row, index) => addRow(row, index + 1));

  const first = header.number + 1;
  const last = header.number + Math.max(listSheet.rows.length + 1, list.emptyRows ?? 0) + 1;
  const awards = list.awards[listSheet.kind] ?? [];
  const awardColumn = AWARD_COLUMNS[listSheet.kind];
  const lists: Partial<Record<ImportColumnKey, string>> = {
    awardCode: `'${CATALOG_SHEET}'!$${awardColumn}$2:$${awardColumn}$${Math.max(2, awards.length + 1)}`,
    rating: `'${CATALOG_SHEET}'!$B$2:$B$${RATINGS_IN_ORDER.length + 1}`,
    directWorker: `'${CATALOG_SHEET}'!$C$2:$C$3`,
    ethnicMinority: `'${CATALOG_SHEET}'!$C$2:$C$3`,
    leaderOrManager: `'${CATALOG_SHEET}'!$C$2:$C$3`,
    gender: `'${CATALOG_SHEET}'!$D$2:$D$3`,
  };
  columns.forEach((column, index) => {
    const source = lists[column.key];
    if (source === undefined) return;
    const letter = columnLetter(index + 1);
    (
      sheet as unknown as {
        dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
      }
    ).dataValidations.add(`${letter}${first}:${letter}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [source],
      showErrorMessage: true,
      errorStyle: 'error',
      errorTitle: column.header.vi,
      error: 'Hãy chọn một giá trị trong danh sách.',
    });
  });
}

function addCatalogSheet(workbook: ExcelJS.Workbook, list: ListWorkbook): void {
  const catalog = workbook.addWorksheet(CATALOG_SHEET);
  catalog.columns = [
    { header: 'Danh hiệu, hình thức khen thưởng (cá nhân)', width: 50 },
    { header: 'Xếp loại', width: 32 },
    { header: 'Có/Không', width: 10 },
    { header: 'Giới tính', width: 10 },
    { header: 'Danh hiệu, hình thức khen thưởng (tập thể)', width: 50 },
    { header: 'Danh hiệu, hình thức khen thưởng (hộ gia đình)', width: 50 },
  ];
  catalog.getRow(1).font = { bold: true };
  for (const [kind, column] of Object.entries(AWARD_COLUMNS) as [NomineeKind, string][])
    (list.awards[kind] ?? []).forEach((award, index) => {
      catalog.getCell(`${column}${index + 2}`).value = awardLabel(award.code, award.name);
    });
  RATINGS_IN_ORDER.forEach(
    (code, index) => (catalog.getCell(index + 2, 2).value = RATING_NAMES[code]),
  );
  [YES, NO].forEach((word, index) => (catalog.getCell(index + 2, 3).value = word));
  [GENDER_NAMES.male, GENDER_NAMES.female].forEach(
    (word, index) => (catalog.getCell(index + 2, 4).value = word),
  );
}

function addHelpSheet(workbook: ExcelJS.Workbook, kind: NomineeKind): void {
  const help = workbook.addWorksheet(HELP_SHEET);
  help.getColumn(1).width = 34;
  help.getColumn(2).width = 80;
  help.addRow(['Hướng dẫn ghi danh sách']).font = { bold: true, size: 13 };
  help.addRow([]);
  for (const line of HELP_LINES) help.addRow([line]);
  help.addRow([]);
  help.addRow(['Cột', 'Cách ghi']).font = { bold: true };
  for (const column of columnsFor(kind)) help.addRow([column.header.vi, column.hint.vi]);
  help.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
  help.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
}

const HELP_LINES = [
  'Mỗi dòng của trang "Danh sách" là một hồ sơ đề nghị khen thưởng; dòng có STT "Ví dụ" không được nhập.',
  'Hệ thống kiểm tra mọi dòng và chỉ nhập khi tất cả các dòng đều hợp lệ; dòng lỗi được chỉ rõ dòng, cột và lý do.',
  'Không dùng công thức và không gộp ô trong phần danh sách; ghi đủ dấu tiếng Việt.',
  'Năm sinh ghi 1985 hoặc ngày sinh DD/MM/YYYY; hệ thống chỉ lưu năm sinh.',
  'Tải lên cùng một tệp nhiều lần không tạo thêm hồ sơ.',
];
