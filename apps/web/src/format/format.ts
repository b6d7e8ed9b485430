/** Vietnam's time zone: every date and time is shown as people there read it. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

type Lang = 'vi' | 'en';

const dateParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(value: string | Date): Record<string, string> {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Object.fromEntries(dateParts.formatToParts(date).map((part) => [part.type, part.value]));
}

/** An instant as its day in Vietnam: `16/12/2024`. */
export function formatDate(value: string | Date): string {
  const { day, month, year } = parts(value);
  return `${day}/${month}/${year}`;
}

/** An instant as its day and time in Vietnam: `16/12/2024 14:05`. */
export function formatDateTime(value: string | Date): string {
  const { day, month, year, hour, minute } = parts(value);
  return `${day}/${month}/${year} ${hour}:${minute}`;
}

/** A calendar date without a time (`2024-12-16`) as `16/12/2024`. */
export function formatIsoDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

const groupedVi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const groupedEn = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** An amount of Vietnamese đồng: `2.530.000 đ` (English: `2,530,000 VND`). */
export function formatMoney(amount: number, lang: Lang = 'vi'): string {
  return lang === 'vi' ? `${groupedVi.format(amount)} đ` : `${groupedEn.format(amount)} VND`;
}

/** A count with the digit grouping of the language: `1.250` / `1,250`. */
export function formatNumber(value: number, lang: Lang = 'vi'): string {
  return (lang === 'vi' ? groupedVi : groupedEn).format(value);
}

const percentVi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const percentEn = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A share in per cent, to one decimal with the language's decimal mark: `33,3%` / `33.3%`. */
export function formatPercent(value: number, lang: Lang = 'vi'): string {
  return `${(lang === 'vi' ? percentVi : percentEn).format(value)}%`;
}

/** How urgent a deadline is, from the working days left until it (0: today, negative: past). */
export type DeadlineTone = 'overdue' | 'today' | 'soon' | 'ok' | 'none';

/** Three working days or fewer is "soon": the first reminder goes out then. */
export const SOON_WORKING_DAYS = 3;

export function deadlineTone(workingDaysLeft: number | null | undefined): DeadlineTone {
  if (workingDaysLeft === null || workingDaysLeft === undefined) return 'none';
  if (workingDaysLeft < 0) return 'overdue';
  if (workingDaysLeft === 0) return 'today';
  if (workingDaysLeft <= SOON_WORKING_DAYS) return 'soon';
  return 'ok';
}

/** A pointer into a legal text. */
export interface LegalRef {
  instrument: string;
  article: string;
  clause?: string;
  point?: string;
  note?: string;
}

/**
 * A legal reference as officials cite it: `điểm a khoản 1 Điều 84 Luật 06/2022/QH15` (from the point
 * up), or in English `Luật 06/2022/QH15, Art. 84(1)(a)`. An article that is a section label rather than
 * a number (e.g. `II.B(4)`) is cited as it is.
 */
export function formatLegalRef(ref: LegalRef, lang: Lang = 'vi'): string {
  const numbered = /^\d/.test(ref.article);
  if (lang === 'en') {
    const article = numbered ? `Art. ${ref.article}` : ref.article;
    const clause = ref.clause ? `(${ref.clause})` : '';
    const point = ref.point ? `(${ref.point})` : '';
    return `${ref.instrument}, ${article}${clause}${point}`;
  }
  const pieces = [
    ref.point ? `điểm ${ref.point}` : '',
    ref.clause ? `khoản ${ref.clause}` : '',
    numbered ? `Điều ${ref.article}` : ref.article,
    ref.instrument,
  ].filter((piece) => piece !== '');
  return pieces.join(' ');
}

/** The Vietnamese or English side of a bilingual text from the API. */
export function localized(text: { vi: string; en: string } | null | undefined, lang: Lang): string {
  if (!text) return '';
  return lang === 'en' ? text.en : text.vi;
}
