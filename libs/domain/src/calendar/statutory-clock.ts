import { ClockStateError, DomainValidationError, fieldIssue } from '../shared/errors';
import { assertIsoDate, type IsoDate } from './iso-date';
import { HolidayCalendar } from './holidays';
import { addWorkingDays, workingDaysBetween } from './working-days';

/** A stretch during which the clock ran: working days in (from, to] were consumed. */
export interface ClockSegment {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** The JSON form of a clock, for workflow state, signals and the read model. */
export interface StatutoryClockSnapshot {
  readonly start: IsoDate;
  readonly budgetWorkingDays: number;
  readonly segments: readonly ClockSegment[];
  /** The day the clock last (re)started, or null while paused. */
  readonly runningSince: IsoDate | null;
}

/**
 * A time limit counted in working days that can be paused, e.g. while a dossier is back with the
 * unit for supplementation. Every operation returns a new clock. The day the clock starts or
 * resumes is not counted (Civil Code 2015 Art. 147); the day it pauses is counted if it is a
 * working day, since the reviewing body worked on the dossier that day.
 */
export class StatutoryClock {
  private constructor(private readonly state: StatutoryClockSnapshot) {
    Object.freeze(this);
  }

  /** Starts a clock of `budgetWorkingDays` working days on `start` (the receipt day, not counted). */
  static start(start: IsoDate, budgetWorkingDays: number): StatutoryClock {
    assertIsoDate(start, 'start');
    if (!Number.isInteger(budgetWorkingDays) || budgetWorkingDays < 0) {
      throw new DomainValidationError([
        fieldIssue('budgetWorkingDays', 'non-negative-integer', {
          vi: 'phải là số nguyên không âm',
          en: 'must be a non-negative integer',
        }),
      ]);
    }
    return new StatutoryClock(
      Object.freeze({ start, budgetWorkingDays, segments: Object.freeze([]), runningSince: start }),
    );
  }

  /** Rebuilds a clock from its JSON snapshot, replaying its events so an inconsistent one is refused. */
  static fromJSON(snapshot: StatutoryClockSnapshot): StatutoryClock {
    let clock = StatutoryClock.start(snapshot.start, snapshot.budgetWorkingDays);
    for (const segment of snapshot.segments) {
      clock = (clock.isPaused ? clock.resume(segment.from) : clock).pause(segment.to);
    }
    if (snapshot.runningSince !== null && clock.isPaused)
      clock = clock.resume(snapshot.runningSince);
    if (JSON.stringify(clock.toJSON()) !== JSON.stringify(snapshot)) {
      throw new ClockStateError({
        vi: 'Trạng thái đồng hồ không nhất quán.',
        en: 'The clock snapshot is inconsistent.',
      });
    }
    return clock;
  }

  get start(): IsoDate {
    return this.state.start;
  }

  get budgetWorkingDays(): number {
    return this.state.budgetWorkingDays;
  }

  /** True while the clock is stopped. */
  get isPaused(): boolean {
    return this.state.runningSince === null;
  }

  /** Stops the clock at the end of `at`. */
  pause(at: IsoDate): StatutoryClock {
    assertIsoDate(at, 'at');
    const runningSince = this.state.runningSince;
    if (runningSince === null) {
      throw new ClockStateError({
        vi: 'Đồng hồ đang tạm dừng.',
        en: 'The clock is already paused.',
      });
    }
    this.assertNotBefore(at, runningSince);
    return new StatutoryClock(
      Object.freeze({
        ...this.state,
        segments: Object.freeze([
          ...this.state.segments,
          Object.freeze({ from: runningSince, to: at }),
        ]),
        runningSince: null,
      }),
    );
  }

  /** Restarts the clock; working days after `at` count again. */
  resume(at: IsoDate): StatutoryClock {
    assertIsoDate(at, 'at');
    if (this.state.runningSince !== null) {
      throw new ClockStateError({ vi: 'Đồng hồ đang chạy.', en: 'The clock is not paused.' });
    }
    const last = this.state.segments[this.state.segments.length - 1];
    if (last) this.assertNotBefore(at, last.to);
    return new StatutoryClock(Object.freeze({ ...this.state, runningSince: at }));
  }

  /** Working days consumed up to and including `asOf`. */
  consumedAsOf(asOf: IsoDate, calendar: HolidayCalendar = HolidayCalendar.BUILT_IN): number {
    assertIsoDate(asOf, 'asOf');
    let consumed = 0;
    for (const segment of this.state.segments) {
      const end = segment.to < asOf ? segment.to : asOf;
      if (end > segment.from) consumed += workingDaysBetween(segment.from, end, calendar);
    }
    const runningSince = this.state.runningSince;
    if (runningSince !== null && asOf > runningSince) {
      consumed += workingDaysBetween(runningSince, asOf, calendar);
    }
    return consumed;
  }

  /** Working days left as of `asOf` (negative once overdue). */
  remainingAsOf(asOf: IsoDate, calendar: HolidayCalendar = HolidayCalendar.BUILT_IN): number {
    return this.state.budgetWorkingDays - this.consumedAsOf(asOf, calendar);
  }

  /**
   * The last day of the time limit, or null while paused with budget left (the due date is then
   * unknown until the clock resumes). A clock that ran out before a pause keeps its past due date.
   */
  dueDate(calendar: HolidayCalendar = HolidayCalendar.BUILT_IN): IsoDate | null {
    let remaining = this.state.budgetWorkingDays;
    if (remaining === 0) return addWorkingDays(this.state.start, 0, calendar);
    for (const segment of this.state.segments) {
      const used = workingDaysBetween(segment.from, segment.to, calendar);
      if (used >= remaining) return addWorkingDays(segment.from, remaining, calendar);
      remaining -= used;
    }
    const runningSince = this.state.runningSince;
    return runningSince === null ? null : addWorkingDays(runningSince, remaining, calendar);
  }

  /** The plain-data form, safe to JSON-serialise and to keep in workflow state. */
  toJSON(): StatutoryClockSnapshot {
    return this.state;
  }

  private assertNotBefore(at: IsoDate, previous: IsoDate): void {
    if (at < previous) {
      throw new ClockStateError({
        vi: `Ngày ${at} trước sự kiện trước đó (${previous}).`,
        en: `${at} is before the previous clock event (${previous}).`,
      });
    }
  }
}
