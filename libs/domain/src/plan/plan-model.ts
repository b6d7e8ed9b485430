import { daysInMonth, formatCivil, type IsoDate } from '../calendar/iso-date';
import { HolidayCalendar } from '../calendar/holidays';
import { nextWorkingDayOnOrAfter } from '../calendar/working-days';
import type { LocalizedText } from '../shared/localized-text';
import type { PlanTarget } from './plan-targets';

/** What an item of a yearly plan is; `dossier-batch` and `registration` open work windows for other units. */
export const PLAN_ITEM_KINDS = [
  'evaluation',
  'cluster',
  'document',
  'council',
  'event',
  'dossier-batch',
  'inspection',
  'registration',
] as const;
export type PlanItemKind = (typeof PLAN_ITEM_KINDS)[number];

/** Item kinds that open a window in which other units act: dossier collection and emulation registration. */
export const WINDOW_ITEM_KINDS: readonly PlanItemKind[] = ['dossier-batch', 'registration'];

export type Quarter = 1 | 2 | 3 | 4;
export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

/** Reminders go out this many working days before a due date unless the plan says otherwise. */
export const DEFAULT_REMINDER_OFFSETS: readonly number[] = [10, 3];

/** One task of a yearly plan as written in the plan document; units are still references (code or name). */
export interface PlanItemDefinition {
  readonly key: string;
  readonly quarter: Quarter;
  /** The due date the document states; null means the last day of the quarter. */
  readonly due: IsoDate | null;
  readonly kind: PlanItemKind;
  /** The unit leading the item: a unit code or a name. */
  readonly owner: string;
  readonly text: LocalizedText;
  /** Carried over into next year's draft. */
  readonly recurring: boolean;
  /** Units acting in the item's window (codes or names); null means the default set. */
  readonly participants: readonly string[] | null;
}

/** A yearly emulation and commendation plan (kế hoạch thi đua, khen thưởng) as written. */
export interface PlanDefinition {
  readonly year: number;
  readonly number: string | null;
  readonly issuedOn: IsoDate | null;
  /** The issuing body: a unit code or a name. */
  readonly issuer: string;
  readonly signer: string | null;
  /** The standing body of the emulation council (cơ quan thường trực): a unit code or a name. */
  readonly standingBody: string;
  readonly legalBasis: readonly string[];
  readonly goals: readonly string[];
  readonly standingDuties: readonly string[];
  readonly recipients: readonly string[];
  /** Targets for the share of awards to groups the plan names (direct workers, ethnic minorities…). */
  readonly targets: readonly PlanTarget[];
  readonly reminderOffsets: readonly number[];
  readonly items: readonly PlanItemDefinition[];
}

/** First day of a quarter. */
export function quarterStart(year: number, quarter: Quarter): IsoDate {
  return formatCivil(year, (quarter - 1) * 3 + 1, 1);
}

/** Last day of a quarter. */
export function quarterEnd(year: number, quarter: Quarter): IsoDate {
  const month = quarter * 3;
  return formatCivil(year, month, daysInMonth(year, month));
}

/**
 * The default due date of a quarter's items: its last day, or, when that is a weekend or a public
 * holiday, the next working day — a time limit ending on a day off ends with the next working day
 * (Civil Code 2015 Art. 148(5)), as initiative due dates do. 31/03/2024, a Sunday, becomes 01/04/2024.
 */
export function quarterDeadline(
  year: number,
  quarter: Quarter,
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): IsoDate {
  return nextWorkingDayOnOrAfter(quarterEnd(year, quarter), calendar);
}

/** The quarter a date falls in. */
export function quarterOf(date: IsoDate): Quarter {
  return (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as Quarter;
}

/** An item's due date: the one it states, else its quarter's deadline. */
export function planItemDueOn(
  year: number,
  item: { quarter: Quarter; due: IsoDate | null },
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): IsoDate {
  return item.due ?? quarterDeadline(year, item.quarter, calendar);
}

/** True for kinds that open a window for other units. */
export function opensWindow(kind: PlanItemKind): boolean {
  return WINDOW_ITEM_KINDS.includes(kind);
}
