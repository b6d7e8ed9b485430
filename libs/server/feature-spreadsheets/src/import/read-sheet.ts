import { AppError } from '@tdkt/contracts';
import ExcelJS from 'exceljs';
import { assertSafeWorkbook } from '../container/xlsx-container';
import { EXAMPLE_MARK, LIST_SHEET_NAMES } from './import-columns';

/** A cell as the import reads it. A formula is kept as its text: it is never evaluated or trusted. */
export type SheetValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; value: Date }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'formula'; formula: string }
  | { kind: 'error'; text: string };

export interface SheetRow {
  /** The row number Excel shows (1-based). */
  rowNumber: number;
  /** Cells with a value, by 1-based column number. */
  cells: Map<number, SheetValue>;
}

/** A merged range (e.g. B5:B6), by its corners. */
export interface MergedRange {
  range: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ReadSheet {
  sheetName: string;
  rows: SheetRow[];
  merges: MergedRange[];
}

/** The sheet a list is read from: the one named like the template's, else the first visible one. */
const LIST_SHEET = 'Danh sách';

/** At most this many rows with content are read; a longer list is split into several files. */
export const MAX_LIST_ROWS = 1_000;

/**
 * Reads the list sheet of an uploaded workbook, after `assertSafeWorkbook` has checked its container.
 * Text is normalised to Unicode NFC (a list typed on a Mac arrives decomposed) and trimmed; rich text
 * is flattened; formulas are kept as formulas, whatever result Excel cached for them.
 */
export async function readListSheet(
  content: Buffer,
  declaredType: string | undefined,
): Promise<ReadSheet> {
  assertSafeWorkbook(content, declaredType);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new AppError('SPREADSHEET_REFUSED', [
      {
        field: 'file',
        rule: 'readable-xlsx',
        message: {
          vi: 'Không đọc được bảng tính: tệp bị hỏng hoặc không đúng định dạng .xlsx.',
          en: 'The workbook cannot be read: the file is damaged or not a valid .xlsx.',
        },
      },
    ]);
  }
  const sheet =
    workbook.getWorksheet(LIST_SHEET) ??
    workbook.worksheets.find((candidate) => candidate.state === 'visible');
  if (sheet === undefined)
    throw new AppError('SPREADSHEET_REFUSED', [
      {
        field: 'file',
        rule: 'has-sheet',
        message: {
          vi: 'Bảng tính không có trang tính nào để đọc.',
          en: 'The workbook has no sheet to read.',
        },
      },
    ]);
  assertOneList(workbook, sheet);
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = new Map<number, SheetValue>();
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const value = sheetValue(cell);
      if (value !== null) cells.set(column, value);
    });
    if (cells.size > 0) rows.push({ rowNumber, cells });
  });
  if (rows.length > MAX_LIST_ROWS + 10)
    throw new AppError('SPREADSHEET_REFUSED', [
      {
        field: 'file',
        rule: 'max-rows',
        message: {
          vi: `Danh sách có hơn ${MAX_LIST_ROWS} dòng; hãy chia thành nhiều tệp.`,
          en: `The list has more than ${MAX_LIST_ROWS} rows; split it into several files.`,
        },
      },
    ]);
  return { sheetName: sheet.name, rows, merges: mergedRanges(sheet) };
}

/**
 * One file is one list: a workbook whose other list sheet (an export of individuals and collectives
 * together puts each kind on its own sheet) has nominees is refused, naming that sheet, rather than
 * imported without them.
 */
function assertOneList(workbook: ExcelJS.Workbook, read: ExcelJS.Worksheet): void {
  for (const name of Object.values(LIST_SHEET_NAMES)) {
    const other = workbook.getWorksheet(name);
    if (other === undefined || other.id === read.id) continue;
    const nominees = nomineeRows(other);
    if (nominees === 0) continue;
    throw new AppError('SPREADSHEET_REFUSED', [
      {
        field: 'file',
        rule: 'one-list-per-file',
        message: {
          vi: `Tệp có thêm trang "${name}" với ${nominees} dòng: mỗi lần chỉ nhập một danh sách. Hãy chép trang đó sang một tệp riêng và tải lên từng tệp.`,
          en: `The file has another sheet, "${name}", with ${nominees} rows: one list is imported at a time. Copy that sheet into a file of its own and upload each file.`,
        },
      },
    ]);
  }
}

/** The rows with content below a sheet's STT header, example rows aside. */
function nomineeRows(sheet: ExcelJS.Worksheet): number {
  let headerRow: number | null = null;
  let count = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const first = row.getCell(1).text.normalize('NFC').trim();
    if (headerRow === null) {
      if (first === 'STT') headerRow = rowNumber;
      return;
    }
    if (first !== EXAMPLE_MARK && row.actualCellCount > 0) count += 1;
  });
  return count;
}

function mergedRanges(sheet: ExcelJS.Worksheet): MergedRange[] {
  const ranges = (sheet.model as { merges?: string[] }).merges ?? [];
  return ranges.flatMap((range) => {
    const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (match === null) return [];
    return [
      {
        range,
        left: columnNumber(match[1]!),
        top: Number(match[2]),
        right: columnNumber(match[3]!),
        bottom: Number(match[4]),
      },
    ];
  });
}

function columnNumber(letters: string): number {
  return [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
}

function text(raw: string): SheetValue | null {
  const normalised = raw.normalize('NFC').trim();
  return normalised === '' ? null : { kind: 'text', text: normalised };
}

/** One cell's value; null when empty. The cell's `formula` getter is never touched (it can throw). */
function sheetValue(cell: ExcelJS.Cell): SheetValue | null {
  const value = cell.value as unknown;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return null;
    case ExcelJS.ValueType.Number:
      return { kind: 'number', value: value as number };
    case ExcelJS.ValueType.String:
    case ExcelJS.ValueType.SharedString:
      return text(String(value));
    case ExcelJS.ValueType.Date:
      return { kind: 'date', value: value as Date };
    case ExcelJS.ValueType.Boolean:
      return { kind: 'boolean', value: value as boolean };
    case ExcelJS.ValueType.RichText:
      return text(
        ((value as { richText?: { text?: string }[] }).richText ?? [])
          .map((run) => run.text ?? '')
          .join(''),
      );
    case ExcelJS.ValueType.Hyperlink:
      return text(plainText((value as { text?: unknown }).text));
    case ExcelJS.ValueType.Formula: {
      const formula = value as { formula?: string; sharedFormula?: string };
      return { kind: 'formula', formula: formula.formula ?? formula.sharedFormula ?? '' };
    }
    case ExcelJS.ValueType.Error:
      return { kind: 'error', text: plainText((value as { error?: unknown }).error) || '#ERROR' };
    default:
      return text(plainText(value));
  }
}

/** A scalar as text; anything else (an object ExcelJS did not type) as nothing. */
function plainText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';
}
