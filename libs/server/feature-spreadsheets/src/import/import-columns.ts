import type { LocalizedText, NomineeKind } from '@tdkt/contracts';
import { PERFORMANCE_RATINGS, type PerformanceRating } from '@tdkt/domain';

/** The columns of a nomination list, in the order the template lays them out. */
export type ImportColumnKey =
  | 'order'
  | 'name'
  | 'birth'
  | 'gender'
  | 'position'
  | 'awardCode'
  | 'year'
  | 'rating'
  | 'directWorker'
  | 'ethnicMinority'
  | 'leaderOrManager'
  | 'achievementsSummary';

export interface ImportColumn {
  key: ImportColumnKey;
  /** The header the template prints (vi) and its English name, for messages. */
  header: LocalizedText;
  /** The dossier field it fills, as the API names it (errors name it too). */
  field: string;
  /** The kinds of nominee the column is for. */
  kinds: readonly NomineeKind[];
  required: boolean;
  /** Column width in characters. */
  width: number;
  /** What the template says the cell takes. */
  hint: LocalizedText;
}

const ALL: readonly NomineeKind[] = ['individual', 'collective', 'household'];
const PEOPLE: readonly NomineeKind[] = ['individual', 'household'];
const PERSON: readonly NomineeKind[] = ['individual'];

/** The name column's header tells which kind of nominee the list holds. */
export const NAME_HEADERS: Readonly<Record<NomineeKind, LocalizedText>> = {
  individual: { vi: 'Họ và tên', en: 'Full name' },
  collective: { vi: 'Tên tập thể', en: 'Collective' },
  household: { vi: 'Tên chủ hộ (hộ gia đình)', en: 'Household (head of household)' },
};

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    key: 'order',
    header: { vi: 'STT', en: 'No.' },
    field: 'order',
    kinds: ALL,
    required: false,
    width: 6,
    hint: { vi: 'Số thứ tự (không bắt buộc)', en: 'Row number (optional)' },
  },
  {
    key: 'name',
    header: NAME_HEADERS.individual,
    field: 'nominee.name',
    kinds: ALL,
    required: true,
    width: 28,
    hint: { vi: 'Ghi đủ dấu tiếng Việt', en: 'With every Vietnamese diacritic' },
  },
  {
    key: 'birth',
    header: { vi: 'Năm sinh (hoặc ngày sinh)', en: 'Year (or date) of birth' },
    field: 'nominee.birthYear',
    kinds: PERSON,
    required: false,
    width: 14,
    hint: {
      vi: 'Năm (1985) hoặc ngày DD/MM/YYYY; chỉ lưu năm sinh',
      en: 'A year (1985) or a date DD/MM/YYYY; only the year is kept',
    },
  },
  {
    key: 'gender',
    header: { vi: 'Giới tính', en: 'Gender' },
    field: 'nominee.gender',
    kinds: PERSON,
    required: false,
    width: 10,
    hint: { vi: 'Nam hoặc Nữ', en: 'Nam (male) or Nữ (female)' },
  },
  {
    key: 'position',
    header: { vi: 'Chức vụ, chức danh', en: 'Position' },
    field: 'nominee.position',
    kinds: PERSON,
    required: false,
    width: 22,
    hint: { vi: 'Ví dụ: Giáo viên', en: 'E.g. Giáo viên (teacher)' },
  },
  {
    key: 'awardCode',
    header: { vi: 'Danh hiệu, hình thức khen thưởng', en: 'Award' },
    field: 'awardCode',
    kinds: ALL,
    required: true,
    width: 34,
    hint: { vi: 'Chọn trong danh sách', en: 'Pick from the list' },
  },
  {
    key: 'year',
    header: { vi: 'Năm xét khen thưởng', en: 'Award year' },
    field: 'year',
    kinds: ALL,
    required: true,
    width: 12,
    hint: { vi: 'Ví dụ: 2024', en: 'E.g. 2024' },
  },
  {
    key: 'rating',
    header: { vi: 'Xếp loại năm xét khen thưởng', en: 'Rating of the award year' },
    field: 'nominee.rating',
    kinds: PERSON,
    required: false,
    width: 30,
    hint: { vi: 'Chọn trong danh sách', en: 'Pick from the list' },
  },
  {
    key: 'directWorker',
    header: { vi: 'Lao động trực tiếp', en: 'Direct worker' },
    field: 'nominee.directWorker',
    kinds: PEOPLE,
    required: false,
    width: 12,
    hint: {
      vi: 'Có: công nhân, nông dân, người lao động trực tiếp',
      en: 'Có (yes): a worker, farmer or other direct worker',
    },
  },
  {
    key: 'ethnicMinority',
    header: { vi: 'Dân tộc thiểu số', en: 'Ethnic minority' },
    field: 'nominee.ethnicMinority',
    kinds: PEOPLE,
    required: false,
    width: 12,
    hint: { vi: 'Có hoặc Không', en: 'Có (yes) or Không (no)' },
  },
  {
    key: 'leaderOrManager',
    header: { vi: 'Lãnh đạo, quản lý', en: 'Leader or manager' },
    field: 'nominee.leaderOrManager',
    kinds: PERSON,
    required: false,
    width: 12,
    hint: { vi: 'Có hoặc Không', en: 'Có (yes) or Không (no)' },
  },
  {
    key: 'achievementsSummary',
    header: { vi: 'Tóm tắt thành tích', en: 'Achievements summary' },
    field: 'achievementsSummary',
    kinds: ALL,
    required: true,
    width: 60,
    hint: { vi: 'Tối đa 10.000 ký tự', en: 'At most 10,000 characters' },
  },
];

/** The columns of a list of one kind of nominee, in template order. */
export function columnsFor(kind: NomineeKind): ImportColumn[] {
  return IMPORT_COLUMNS.filter((column) => column.kinds.includes(kind)).map((column) =>
    column.key === 'name' ? { ...column, header: NAME_HEADERS[kind] } : column,
  );
}

/** The yearly ratings as the template lists them (Nghị định 90/2020 and its successors). */
export const RATING_NAMES: Readonly<Record<PerformanceRating, string>> = {
  HTXS: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
};

export const RATINGS_IN_ORDER: readonly PerformanceRating[] = PERFORMANCE_RATINGS;

/** The sheet name of each kind when a list holds several kinds (the first is always "Danh sách"). */
export const LIST_SHEET_NAMES: Readonly<Record<NomineeKind, string>> = {
  individual: 'Danh sách',
  collective: 'Danh sách tập thể',
  household: 'Danh sách hộ gia đình',
};

/** The word in the STT column of the template's example row; the import skips such rows. */
export const EXAMPLE_MARK = 'Ví dụ';

export const YES = 'Có';
export const NO = 'Không';
export const GENDER_NAMES = { female: 'Nữ', male: 'Nam' } as const;

/** How a list shows an award: its name, then its code in brackets ("Chiến sĩ thi đua cơ sở (CSTDCS)"). */
export function awardLabel(code: string, name: string): string {
  return `${name} (${code})`;
}

/** Column letter of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
