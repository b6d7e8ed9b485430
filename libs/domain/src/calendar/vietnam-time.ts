import { VIETNAM_UTC_OFFSET_HOURS } from './iso-date';

const OFFSET_MS = VIETNAM_UTC_OFFSET_HOURS * 3_600_000;

/** `YYYY-MM-DDTHH:mm`, optionally with seconds, and nothing that says which zone it is in. */
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;
/** A trailing `Z` or `±hh:mm`: the writer said which zone they meant. */
const ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * The instant (ISO 8601, UTC) of a date and time as people in Vietnam write it: a wall-clock time
 * without a zone (`2024-12-16T08:00`) is Vietnam time (UTC+7, no daylight saving); one with a zone
 * (`…Z`, `…+07:00`) is taken as written. Null when it is neither.
 */
export function vietnamInstant(text: string): string | null {
  const trimmed = text.trim();
  if (ZONE.test(trimmed)) {
    const parsed = Date.parse(trimmed);
    return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
  }
  const match = LOCAL_DATE_TIME.exec(trimmed);
  if (match === null) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const utc = Date.UTC(year!, month! - 1, day, hour, minute, second) - OFFSET_MS;
  const back = new Date(utc + OFFSET_MS);
  // 2024-02-30 and 25:00 are not times: Date.UTC would roll them over silently.
  if (back.getUTCDate() !== day || back.getUTCHours() !== hour || back.getUTCMonth() !== month! - 1)
    return null;
  return new Date(utc).toISOString();
}

/** An instant as a Vietnamese reader writes it, in Vietnam time: `16/12/2024 08:00`. */
export function vietnamDateTimeText(instant: string | Date): string {
  const local = new Date(new Date(instant).getTime() + OFFSET_MS).toISOString();
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`;
}

/** An instant as an ISO 8601 text in Vietnam time, with its offset: `2024-12-16T08:00:00+07:00`. */
export function vietnamIsoText(instant: string | Date): string {
  const local = new Date(new Date(instant).getTime() + OFFSET_MS).toISOString();
  return `${local.slice(0, 19)}+07:00`;
}
