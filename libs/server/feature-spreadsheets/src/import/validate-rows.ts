import type { LocalizedText, Nominee, NomineeKind } from '@tdkt/contracts';
import { nomineeCategoryIssues, type PerformanceRating } from '@tdkt/domain';
import {
  columnLetter,
  columnsFor,
  EXAMPLE_MARK,
  GENDER_NAMES,
  IMPORT_COLUMNS,
  NAME_HEADERS,
  RATING_NAMES,
  type ImportColumn,
  type ImportColumnKey,
} from './import-columns';
import type { ReadSheet, SheetRow, SheetValue } from './read-sheet';

/** One problem of an uploaded list: where it is (row, column) and why, in both languages. */
export interface ImportError {
  /** Excel's row number; null for a problem of the whole file. */
  row: number | null;
  /** Excel's column letter; null for a problem of the whole row or file. */
  column: string | null;
  /** The column's header. */
  columnName: LocalizedText | null;
  /** The dossier field concerned, as the API names it. */
  field: string;
  rule: string;
  message: LocalizedText;
}

/** A row that becomes one dossier. */
export interface ImportItem {
  rowNumber: number;
  year: number;
  awardCode: string;
  nominee: Nominee;
  achievementsSummary: string;
}

/** The awards a rule set gives for a year: the name and the kinds of nominee of each code. */
export type AwardCatalog = (
  year: number,
) => ReadonlyMap<string, { name: LocalizedText; nomineeKinds: readonly NomineeKind[] }> | null;

export interface ValidatedList {
  kind: NomineeKind | null;
  items: ImportItem[];
  errors: ImportError[];
  /** Where each item's cells are, to place errors found later (duplicates in the database…). */
  columns: Partial<Record<ImportColumnKey, number>>;
}

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** Compares headers and list values without case, spacing or diacritics. */
export function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function describe(value: SheetValue): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'number':
      return String(value.value);
    case 'date':
      return value.value.toISOString().slice(0, 10);
    case 'boolean':
      return value.value ? 'TRUE' : 'FALSE';
    case 'formula':
      return `=${value.formula}`;
    case 'error':
      return value.text;
  }
}

type Parsed<T> = { ok: true; value: T } | { ok: false; rule: string; message: LocalizedText };

const fail = (rule: string, vi: string, en: string): Parsed<never> => ({
  ok: false,
  rule,
  message: { vi, en },
});

function asText(value: SheetValue, max: number): Parsed<string> {
  const text = value.kind === 'number' ? String(value.value) : describe(value);
  if (value.kind !== 'text' && value.kind !== 'number')
    return fail('text', `"${text}" không phải chữ.`, `"${text}" is not text.`);
  if (text.length > max)
    return fail(
      'max-length',
      `Dài ${text.length} ký tự, tối đa ${max}.`,
      `${text.length} characters long, at most ${max}.`,
    );
  return { ok: true, value: text };
}

function asName(value: SheetValue): Parsed<string> {
  const parsed = asText(value, 200);
  if (!parsed.ok) return parsed;
  if (!/\p{L}/u.test(parsed.value))
    return fail(
      'name',
      `"${parsed.value}" không phải họ tên hoặc tên tập thể.`,
      `"${parsed.value}" is not a name.`,
    );
  return parsed;
}

/** An Excel date serial (1900 system) as a calendar date, or null when it is not a plausible one. */
function serialToDate(serial: number): Date | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  // Excel counts 1900-02-29, which did not exist: serials from 61 on are one day ahead.
  const days = Math.floor(serial) - (serial >= 61 ? 1 : 0);
  return new Date(Date.UTC(1899, 11, 31) + days * 86_400_000);
}

/** A year of birth from a year, a DD/MM/YYYY date or an Excel date; only the year is kept. */
function asBirthYear(value: SheetValue, awardYear: number | null): Parsed<number> {
  let year: number | null = null;
  if (value.kind === 'date') year = value.value.getUTCFullYear();
  else if (value.kind === 'number') {
    if (Number.isInteger(value.value) && value.value >= 1900 && value.value <= 2100)
      year = value.value;
    else year = serialToDate(value.value)?.getUTCFullYear() ?? null;
  } else if (value.kind === 'text') {
    const yearOnly = /^(\d{4})$/.exec(value.text);
    const date = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.text);
    if (yearOnly) year = Number(yearOnly[1]);
    else if (date) {
      const [day, month, full] = [Number(date[1]), Number(date[2]), Number(date[3])];
      const check = new Date(Date.UTC(full, month - 1, day));
      if (check.getUTCDate() === day && check.getUTCMonth() === month - 1) year = full;
      else
        return fail(
          'date',
          `"${value.text}" không phải ngày có thật (ghi DD/MM/YYYY, ví dụ 03/05/1985).`,
          `"${value.text}" is not a real date (write DD/MM/YYYY, e.g. 03/05/1985).`,
        );
    }
  }
  if (year === null)
    return fail(
      'birth-year',
      `"${describe(value)}" không phải năm sinh hay ngày sinh (ghi 1985 hoặc 03/05/1985).`,
      `"${describe(value)}" is not a year or date of birth (write 1985 or 03/05/1985).`,
    );
  const latest = (awardYear ?? new Date().getUTCFullYear()) - 15;
  if (year < 1920 || year > latest)
    return fail(
      'birth-year-range',
      `Năm sinh ${year} không hợp lý (từ 1920 đến ${latest}).`,
      `Year of birth ${year} is not plausible (1920 to ${latest}).`,
    );
  return { ok: true, value: year };
}

function asYear(value: SheetValue): Parsed<number> {
  const number =
    value.kind === 'number' ? value.value : value.kind === 'text' ? Number(value.text) : NaN;
  if (!Number.isInteger(number))
    return fail(
      'integer',
      `"${describe(value)}" không phải một năm (ví dụ 2024).`,
      `"${describe(value)}" is not a year (e.g. 2024).`,
    );
  if (number < MIN_YEAR || number > MAX_YEAR)
    return fail(
      'year-range',
      `Năm ${number} nằm ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}.`,
      `Year ${number} is outside ${MIN_YEAR}–${MAX_YEAR}.`,
    );
  return { ok: true, value: number };
}

const YES_WORDS = new Set(['co', 'x', 'yes', 'true', '1', 'c']);
const NO_WORDS = new Set(['khong', 'no', 'false', '0', 'k']);

function asYesNo(value: SheetValue): Parsed<boolean> {
  if (value.kind === 'boolean') return { ok: true, value: value.value };
  const word = plain(describe(value));
  if (YES_WORDS.has(word)) return { ok: true, value: true };
  if (NO_WORDS.has(word)) return { ok: true, value: false };
  return fail(
    'yes-no',
    `"${describe(value)}" không hợp lệ: ghi "Có" hoặc "Không".`,
    `"${describe(value)}" is not valid: write "Có" (yes) or "Không" (no).`,
  );
}

function asGender(value: SheetValue): Parsed<'female' | 'male'> {
  const word = plain(describe(value));
  if (['nu', 'female', 'f'].includes(word)) return { ok: true, value: 'female' };
  if (['nam', 'male', 'm'].includes(word)) return { ok: true, value: 'male' };
  return fail(
    'gender',
    `"${describe(value)}" không hợp lệ: ghi "${GENDER_NAMES.male}" hoặc "${GENDER_NAMES.female}".`,
    `"${describe(value)}" is not valid: write "${GENDER_NAMES.male}" (male) or "${GENDER_NAMES.female}" (female).`,
  );
}

function asRating(value: SheetValue): Parsed<PerformanceRating> {
  const word = plain(describe(value));
  for (const [code, name] of Object.entries(RATING_NAMES) as [PerformanceRating, string][])
    if (word === plain(name) || word === plain(code)) return { ok: true, value: code };
  return fail(
    'rating',
    `"${describe(value)}" không phải một mức xếp loại (${Object.values(RATING_NAMES).join('; ')}).`,
    `"${describe(value)}" is not a rating (${Object.values(RATING_NAMES).join('; ')}).`,
  );
}

/** An award as the list writes it: "Name (CODE)", the code alone, or the exact name. */
function asAwardCode(
  value: SheetValue,
  awards: ReturnType<AwardCatalog>,
  kind: NomineeKind,
  year: number | null,
): Parsed<string> {
  const written = describe(value);
  const inBrackets = /\(([A-Z][A-Z0-9_]{1,63})\)\s*$/.exec(written);
  const code =
    inBrackets?.[1] ??
    (/^[A-Z][A-Z0-9_]{1,63}$/.test(written)
      ? written
      : [...(awards?.entries() ?? [])].find(
          ([, award]) => plain(award.name.vi) === plain(written),
        )?.[0]);
  if (awards === null || year === null)
    return code === undefined
      ? fail('known-award', `Không nhận ra "${written}".`, `"${written}" is not recognised.`)
      : { ok: true, value: code };
  const award = code === undefined ? undefined : awards.get(code);
  if (code === undefined || award === undefined)
    return fail(
      'known-award',
      `"${written}" không phải danh hiệu, hình thức khen thưởng của năm ${year}; hãy chọn trong danh sách.`,
      `"${written}" is not an award of ${year}; pick one from the list.`,
    );
  if (!award.nomineeKinds.includes(kind))
    return fail(
      'award-nominee-kind',
      `${award.name.vi} không xét cho ${NAME_HEADERS[kind].vi.toLowerCase()} trong danh sách này.`,
      `${award.name.en} is not given to the nominees of this list (${NAME_HEADERS[kind].en}).`,
    );
  return { ok: true, value: code };
}

/** The header row (within the first ten rows) and which column holds what. */
function findHeader(
  sheet: ReadSheet,
): { row: SheetRow; kind: NomineeKind; columns: Map<ImportColumnKey, number> } | null {
  for (const row of sheet.rows.slice(0, 10)) {
    let kind: NomineeKind | null = null;
    const columns = new Map<ImportColumnKey, number>();
    for (const [column, value] of row.cells) {
      if (value.kind !== 'text') continue;
      const header = plain(value.text);
      for (const [nomineeKind, name] of Object.entries(NAME_HEADERS) as [
        NomineeKind,
        LocalizedText,
      ][])
        if (header === plain(name.vi) || header === plain(name.en)) {
          kind = nomineeKind;
          columns.set('name', column);
        }
      const match = IMPORT_COLUMNS.find(
        (candidate) =>
          candidate.key !== 'name' &&
          (header === plain(candidate.header.vi) || header === plain(candidate.header.en)),
      );
      if (match !== undefined && !columns.has(match.key)) columns.set(match.key, column);
    }
    if (kind !== null) return { row, kind, columns };
  }
  return null;
}

/**
 * Validates every row of a nomination list and reports every problem at once, each with its row,
 * its column and the reason in Vietnamese and English: formulas (never evaluated), merged cells,
 * values of the wrong type, awards the year's rules do not have or do not give to this kind of
 * nominee, categories a kind cannot have, the same person twice for the same award and year.
 * A list is importable only when `errors` is empty.
 */
export function validateList(sheet: ReadSheet, catalog: AwardCatalog): ValidatedList {
  const header = findHeader(sheet);
  if (header === null)
    return {
      kind: null,
      items: [],
      columns: {},
      errors: [
        {
          row: null,
          column: null,
          columnName: null,
          field: 'file',
          rule: 'header-row',
          message: {
            vi: `Không tìm thấy dòng tiêu đề trong trang "${sheet.sheetName}" (cần cột "${NAME_HEADERS.individual.vi}" hoặc "${NAME_HEADERS.collective.vi}"). Hãy dùng mẫu danh sách tải về từ hệ thống.`,
            en: `No header row in sheet "${sheet.sheetName}" (a "${NAME_HEADERS.individual.vi}" or "${NAME_HEADERS.collective.vi}" column is needed). Use the list template downloaded from the system.`,
          },
        },
      ],
    };
  const { kind, columns } = header;
  const expected = columnsFor(kind);
  const errors: ImportError[] = [];
  const where = (column: ImportColumn) => {
    const number = columns.get(column.key);
    return {
      column: number === undefined ? null : columnLetter(number),
      columnName: column.header,
      field: column.field,
    };
  };
  for (const column of expected.filter((candidate) => candidate.required))
    if (!columns.has(column.key))
      errors.push({
        row: header.row.rowNumber,
        ...where(column),
        rule: 'required-column',
        message: {
          vi: `Thiếu cột "${column.header.vi}".`,
          en: `The "${column.header.vi}" (${column.header.en}) column is missing.`,
        },
      });
  if (errors.length > 0) return { kind, items: [], errors, columns: Object.fromEntries(columns) };

  const badRows = new Set<number>();
  for (const merge of sheet.merges.filter((candidate) => candidate.bottom > header.row.rowNumber)) {
    const column = expected.find((candidate) => columns.get(candidate.key) === merge.left);
    errors.push({
      row: Math.max(merge.top, header.row.rowNumber + 1),
      column: columnLetter(merge.left),
      columnName: column?.header ?? null,
      field: column?.field ?? 'file',
      rule: 'no-merged-cells',
      message: {
        vi: `Các ô ${merge.range} đang được gộp; hãy bỏ gộp ô và ghi đủ giá trị cho từng dòng.`,
        en: `Cells ${merge.range} are merged; unmerge them and fill in every row.`,
      },
    });
    for (let row = merge.top; row <= merge.bottom; row += 1) badRows.add(row);
  }

  const items: ImportItem[] = [];
  const seen = new Map<string, number>();
  for (const row of sheet.rows.filter((candidate) => candidate.rowNumber > header.row.rowNumber)) {
    const filled = [...row.cells.keys()].filter((column) => column !== columns.get('order'));
    if (filled.length === 0) continue;
    const order = row.cells.get(columns.get('order') ?? 0);
    if (order?.kind === 'text' && plain(order.text) === plain(EXAMPLE_MARK)) continue;
    const rowErrors: ImportError[] = [];
    const cell = (key: ImportColumnKey) => {
      const number = columns.get(key);
      return number === undefined ? undefined : row.cells.get(number);
    };
    const values = new Map<ImportColumnKey, unknown>();
    for (const column of expected) {
      if (column.key === 'order') continue;
      const value = cell(column.key);
      const at = { row: row.rowNumber, ...where(column) };
      if (value === undefined) {
        if (column.required)
          rowErrors.push({
            ...at,
            rule: 'required',
            message: { vi: 'Chưa ghi.', en: 'Empty: this column is required.' },
          });
        continue;
      }
      if (value.kind === 'formula') {
        rowErrors.push({
          ...at,
          rule: 'no-formula',
          message: {
            vi: `Ô chứa công thức (=${value.formula}); hệ thống không tính công thức, hãy ghi giá trị.`,
            en: `The cell holds a formula (=${value.formula}); formulas are never evaluated, write the value.`,
          },
        });
        continue;
      }
      if (value.kind === 'error') {
        rowErrors.push({
          ...at,
          rule: 'cell-error',
          message: {
            vi: `Ô có lỗi ${value.text}.`,
            en: `The cell holds the error ${value.text}.`,
          },
        });
        continue;
      }
      values.set(column.key, value);
    }
    const parse = <T>(key: ImportColumnKey, parser: (value: SheetValue) => Parsed<T>) => {
      const value = values.get(key) as SheetValue | undefined;
      if (value === undefined) return undefined;
      const parsed = parser(value);
      if (parsed.ok) return parsed.value;
      const column = expected.find((candidate) => candidate.key === key)!;
      rowErrors.push({
        row: row.rowNumber,
        ...where(column),
        rule: parsed.rule,
        message: parsed.message,
      });
      return undefined;
    };
    const year = parse('year', asYear);
    const awards = year === undefined ? null : catalog(year);
    const nominee: Nominee = { kind, name: parse('name', asName) ?? '' };
    const birthYear = parse('birth', (value) => asBirthYear(value, year ?? null));
    if (birthYear !== undefined) nominee.birthYear = birthYear;
    const gender = parse('gender', asGender);
    if (gender !== undefined) nominee.gender = gender;
    const position = parse('position', (value) => asText(value, 200));
    if (position !== undefined) nominee.position = position;
    const rating = parse('rating', asRating);
    if (rating !== undefined) nominee.rating = rating;
    for (const key of ['directWorker', 'ethnicMinority', 'leaderOrManager'] as const) {
      const flag = parse(key, asYesNo);
      if (flag !== undefined) nominee[key] = flag;
    }
    const awardCode = parse('awardCode', (value) => asAwardCode(value, awards, kind, year ?? null));
    const achievementsSummary = parse('achievementsSummary', (value) => asText(value, 10_000));
    for (const issue of nomineeCategoryIssues(nominee)) {
      const column = expected.find((candidate) => candidate.field === issue.field);
      rowErrors.push({
        row: row.rowNumber,
        column: column === undefined ? null : where(column).column,
        columnName: column?.header ?? null,
        field: issue.field,
        rule: issue.rule,
        message: issue.message,
      });
    }
    if (
      rowErrors.length === 0 &&
      !badRows.has(row.rowNumber) &&
      year !== undefined &&
      awardCode !== undefined &&
      achievementsSummary !== undefined &&
      nominee.name !== ''
    ) {
      const key = duplicateKey({ year, awardCode, nominee });
      const first = seen.get(key);
      if (first !== undefined) {
        const nameColumn = expected.find((candidate) => candidate.key === 'name')!;
        rowErrors.push({
          row: row.rowNumber,
          ...where(nameColumn),
          field: 'nominee',
          rule: 'unique-in-list',
          message: {
            vi: `Trùng với dòng ${first}: cùng người, cùng danh hiệu, cùng năm. Nếu là hai người trùng tên, ghi năm sinh để phân biệt.`,
            en: `Same as row ${first}: the same person, award and year. If they are two people of one name, give their years of birth.`,
          },
        });
      } else {
        seen.set(key, row.rowNumber);
        items.push({ rowNumber: row.rowNumber, year, awardCode, nominee, achievementsSummary });
      }
    }
    errors.push(...rowErrors);
  }
  if (items.length === 0 && errors.length === 0)
    errors.push({
      row: null,
      column: null,
      columnName: null,
      field: 'file',
      rule: 'not-empty',
      message: {
        vi: 'Danh sách chưa có dòng nào dưới dòng tiêu đề.',
        en: 'The list has no rows under its header.',
      },
    });
  errors.sort(
    (a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? '').localeCompare(b.column ?? '', 'en'),
  );
  return { kind, items, errors, columns: Object.fromEntries(columns) };
}

/** The same nominee for the same award and year, as the duplicate rule of submission reads it. */
export function duplicateKey(item: Pick<ImportItem, 'year' | 'awardCode' | 'nominee'>): string {
  return [
    item.year,
    item.awardCode,
    item.nominee.kind,
    plain(item.nominee.name),
    item.nominee.birthYear ?? '',
  ].join('|');
}
