import type { LegalSource } from '../shared/legal-source';
import type { LocalizedText } from '../shared/localized-text';
import type { IsoDate } from './iso-date';

/** Where a holiday or swapped working day comes from: a notice, an official letter or a law. */
export type HolidaySource = LegalSource;

/** A day public servants do not work (statutory holiday, compensatory day or swapped day). */
export interface DayOff {
  readonly date: IsoDate;
  readonly name: LocalizedText;
  readonly source: HolidaySource;
}

/** A Saturday that becomes a working day in exchange for a weekday taken off. */
export interface WorkingSaturday {
  readonly date: IsoDate;
  readonly inLieuOf: IsoDate;
  readonly name: LocalizedText;
  readonly source: HolidaySource;
}

/**
 * The public-sector holiday calendar of one year.
 * @calendarData
 */
export interface YearHolidays {
  readonly year: number;
  /** False when computed from the Labour Code because no official schedule is recorded (provisional). */
  readonly official: boolean;
  readonly daysOff: readonly DayOff[];
  readonly workingSaturdays: readonly WorkingSaturday[];
}

/** One continuous break announced for public servants (công chức, viên chức). */
export interface OfficialBreak {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly name: LocalizedText;
  readonly source: HolidaySource;
}

/**
 * The announced schedule of one year: breaks and the Saturdays worked in exchange.
 * @calendarData
 */
export interface OfficialSchedule {
  readonly year: number;
  readonly breaks: readonly OfficialBreak[];
  readonly workingSaturdays: readonly WorkingSaturday[];
}
