import { HolidayCalendar } from '../calendar/holidays';
import { addDays, localTimeToUtcIso, type IsoDate } from '../calendar/iso-date';
import {
  addWorkingDays,
  nextWorkingDayOnOrAfter,
  workingDaysBefore,
} from '../calendar/working-days';
import {
  opensWindow,
  QUARTERS,
  quarterDeadline,
  quarterEnd,
  quarterStart,
  type PlanItemKind,
  type Quarter,
} from './plan-model';
import { normalizeReminderOffsets } from './plan-rules';

/*
 * Everything here reads the holiday calendar, which a release or an administrator's publication may
 * change (a new year's official schedule). Call it from activities or use cases, whose results are
 * recorded, never from workflow code; they pass the calendar in effect (built-in by default).
 */

/** Local time (Asia/Ho_Chi_Minh) at which reminders, overdue notices and summaries go out. */
export const PLAN_NOTICE_TIME = '08:00';

/** A notice due on a Vietnamese calendar day, at 08:00 local time (`at` is the UTC instant). */
export interface ScheduledNotice {
  readonly on: IsoDate;
  readonly at: string;
}

export interface ScheduledReminder extends ScheduledNotice {
  readonly workingDaysBefore: number;
}

/** When one item's reminders, overdue notice and (for window kinds) window fall. */
export interface PlanItemSchedule {
  readonly dueOn: IsoDate;
  /** Furthest from the due date first. */
  readonly reminders: readonly ScheduledReminder[];
  /** The first working day after the due date. */
  readonly overdue: ScheduledNotice;
  /** Opens on the quarter's first working day (or the due day if earlier); closes when the due day ends. */
  readonly window: { readonly opensAt: string; readonly closesAt: string } | null;
}

export interface QuarterSchedule {
  readonly quarter: Quarter;
  readonly endsOn: IsoDate;
  /** The first working day after the quarter's last day. */
  readonly summary: ScheduledNotice;
}

export interface PlanScheduleRequest {
  readonly year: number;
  readonly reminderOffsets: readonly number[];
  readonly items: readonly {
    readonly key: string;
    readonly quarter: Quarter;
    readonly dueOn: IsoDate;
    readonly kind: PlanItemKind;
  }[];
}

export interface PlanSchedule {
  readonly items: Readonly<Record<string, PlanItemSchedule>>;
  readonly quarters: readonly QuarterSchedule[];
}

function notice(on: IsoDate): ScheduledNotice {
  return { on, at: localTimeToUtcIso(on, PLAN_NOTICE_TIME) };
}

/** Reminders on working days before `dueOn`, the overdue notice, and the window if the kind opens one. */
export function planItemSchedule(
  year: number,
  item: { quarter: Quarter; dueOn: IsoDate; kind: PlanItemKind },
  reminderOffsets: readonly number[],
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): PlanItemSchedule {
  const opensOn = nextWorkingDayOnOrAfter(quarterStart(year, item.quarter), calendar);
  return {
    dueOn: item.dueOn,
    reminders: normalizeReminderOffsets(reminderOffsets).map((n) => ({
      ...notice(workingDaysBefore(item.dueOn, n, calendar)),
      workingDaysBefore: n,
    })),
    overdue: notice(addWorkingDays(item.dueOn, 1, calendar)),
    window: opensWindow(item.kind)
      ? {
          opensAt: notice(opensOn < item.dueOn ? opensOn : item.dueOn).at,
          closesAt: localTimeToUtcIso(addDays(item.dueOn, 1), '00:00'),
        }
      : null,
  };
}

/**
 * The quarter summaries of a plan year: each on the first working day after the quarter's deadline
 * (its last day, moved to the next working day when that is a day off), when the quarter-end items
 * have fallen due and their overdue notices go out.
 */
export function quarterSchedules(
  year: number,
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): QuarterSchedule[] {
  return QUARTERS.map((quarter) => {
    const endsOn = quarterEnd(year, quarter);
    const deadline = quarterDeadline(year, quarter, calendar);
    return { quarter, endsOn, summary: notice(addWorkingDays(deadline, 1, calendar)) };
  });
}

/** Every timer a yearly plan needs, computed from the calendar in force now. */
export function planSchedule(
  request: PlanScheduleRequest,
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): PlanSchedule {
  return {
    items: Object.fromEntries(
      request.items.map((item) => [
        item.key,
        planItemSchedule(request.year, item, request.reminderOffsets, calendar),
      ]),
    ),
    quarters: quarterSchedules(request.year, calendar),
  };
}
