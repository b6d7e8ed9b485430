import { HolidayCalendar } from '../calendar/holidays';
import { addDays, assertIsoDate, type IsoDate } from '../calendar/iso-date';
import { nextWorkingDayOnOrAfter } from '../calendar/working-days';
import { DomainValidationError, fieldIssue } from '../shared/errors';
import type { ComplaintLimit, ComplaintRules } from './complaint-rules';

/** First complaint (lần đầu) to the author of the decision, or second (lần hai) to its superior. */
export type ComplaintInstance = 1 | 2;

/** What lengthens the settlement limit (Art. 28 and Art. 37). */
export interface ComplaintCircumstances {
  /** Vụ việc phức tạp: marked by the authority when it accepts the complaint. */
  readonly complex: boolean;
  /** Vùng sâu, vùng xa đi lại khó khăn. */
  readonly remote: boolean;
}

/**
 * The last day of a limit of `days` calendar days from `from`: the first day is not counted and a
 * limit ending on a day off ends on the next working day (Civil Code 2015 Art. 147 and 148).
 */
export function lastDayOfLimit(
  from: IsoDate,
  days: number,
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): IsoDate {
  assertIsoDate(from, 'from');
  if (!Number.isInteger(days) || days < 0)
    throw new DomainValidationError([
      fieldIssue('days', 'non-negative-integer', {
        vi: 'phải là số nguyên không âm',
        en: 'must be a non-negative integer',
      }),
    ]);
  return nextWorkingDayOnOrAfter(addDays(from, days), calendar);
}

/** The settlement limit for an instance and its circumstances. */
export function settlementLimit(
  rules: ComplaintRules,
  instance: ComplaintInstance,
  circumstances: ComplaintCircumstances,
): ComplaintLimit {
  const limits = instance === 1 ? rules.firstInstance : rules.secondInstance;
  if (circumstances.remote) return circumstances.complex ? limits.remoteComplex : limits.remote;
  return circumstances.complex ? limits.complex : limits.normal;
}

/** The window to complain: the filing limit for a first complaint, the Art. 33 window for a second. */
export function filingLimit(
  rules: ComplaintRules,
  instance: ComplaintInstance,
  remote: boolean,
): ComplaintLimit {
  if (instance === 1) return rules.filing;
  return remote ? rules.secondComplaintWindow.remote : rules.secondComplaintWindow.normal;
}

/** Whether a complaint came in time, and what the engine does if it did not. */
export interface FilingCheck {
  readonly lastDay: IsoDate;
  readonly limit: ComplaintLimit;
  /**
   * `in-time`; `late-warning` when the limit is unconfirmed (an unconfirmed value never refuses a
   * citizen); `late-refused` when a confirmed limit has passed.
   */
  readonly verdict: 'in-time' | 'late-warning' | 'late-refused';
}

/**
 * Checks a complaint against its filing window, counted from the day the complainant received or
 * learned of the decision (Art. 9), or of the first decision for a second complaint (Art. 33). The
 * days an objective obstacle kept them from complaining (illness, disaster, mission, study far away)
 * are not counted (Art. 9, second sentence): the officer records them.
 */
export function checkFiling(
  rules: ComplaintRules,
  request: {
    readonly instance: ComplaintInstance;
    readonly knownOn: IsoDate;
    readonly filedOn: IsoDate;
    readonly obstacleDays: number;
    readonly remote: boolean;
  },
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): FilingCheck {
  assertIsoDate(request.knownOn, 'knownOn');
  assertIsoDate(request.filedOn, 'filedOn');
  if (request.filedOn < request.knownOn)
    throw new DomainValidationError([
      fieldIssue('knownOn', 'not-after-filing', {
        vi: 'ngày biết quyết định không thể sau ngày khiếu nại',
        en: 'the day the decision was known cannot be after the complaint',
      }),
    ]);
  const limit = filingLimit(rules, request.instance, request.remote);
  const lastDay = lastDayOfLimit(request.knownOn, limit.days + request.obstacleDays, calendar);
  if (request.filedOn <= lastDay) return { lastDay, limit, verdict: 'in-time' };
  return {
    lastDay,
    limit,
    verdict: limit.source.status === 'confirmed' ? 'late-refused' : 'late-warning',
  };
}
