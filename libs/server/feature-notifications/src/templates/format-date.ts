const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2024-06-11` as Vietnamese write it: `11/06/2024`. */
export function vietnameseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

/** `2024-06-11` as `11 June 2024`. */
export function englishDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${Number(day)} ${EN_MONTHS[Number(month) - 1]} ${year}`;
}

/** An instant as the time and date in Vietnam (UTC+7, no daylight saving): `08:00 16/12/2024`. */
export function vietnameseDateTime(instant: string): { time: string; date: string } {
  const local = new Date(Date.parse(instant) + 7 * 3_600_000).toISOString();
  return { time: local.slice(11, 16), date: local.slice(0, 10) };
}
