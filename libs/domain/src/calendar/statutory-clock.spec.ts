import fc from 'fast-check';
import { ClockStateError, DomainValidationError } from '../shared/errors';
import { addDays, isoDateFromDayNumber } from './iso-date';
import { StatutoryClock } from './statutory-clock';
import { isWorkingDay } from './working-days';

describe('StatutoryClock', () => {
  // Start Mon 22/4/2024, 10 working days: Tue 23 = 1, Wed 24 = 2, Thu 25 = 3, Fri 26 = 4;
  // Sat 27/4–Wed 1/5 off; Thu 2/5 = 5, Fri 3 = 6, Sat 4 (worked) = 7, Mon 6 = 8, Tue 7 = 9, Wed 8 = 10.
  const clock = StatutoryClock.start('2024-04-22', 10);

  it('runs to its due date across a holiday break', () => {
    expect(clock.dueDate()).toBe('2024-05-08');
    expect(clock.isPaused).toBe(false);
    expect(clock.consumedAsOf('2024-05-02')).toBe(5);
    expect(clock.remainingAsOf('2024-05-08')).toBe(0);
    expect(clock.remainingAsOf('2024-05-09')).toBe(-1);
  });

  it('stops while the dossier is back with the unit and resumes after', () => {
    // Paused at the end of Wed 24/4 (2 days used), resumed Fri 3/5 (not counted): 8 left.
    // Sat 4 = 1, Mon 6 = 2, Tue 7 = 3, Wed 8 = 4, Thu 9 = 5, Fri 10 = 6, Mon 13 = 7, Tue 14 = 8.
    const paused = clock.pause('2024-04-24');
    expect(paused.isPaused).toBe(true);
    expect(paused.dueDate()).toBeNull();
    expect(paused.consumedAsOf('2024-05-02')).toBe(2);
    const resumed = paused.resume('2024-05-03');
    expect(resumed.dueDate()).toBe('2024-05-14');
    expect(resumed.consumedAsOf('2024-05-06')).toBe(4);
    expect(clock.dueDate()).toBe('2024-05-08');
  });

  it('keeps a past due date when paused after running out', () => {
    expect(clock.pause('2024-05-10').dueDate()).toBe('2024-05-08');
  });

  it('survives a JSON round trip', () => {
    const state = clock.pause('2024-04-24').resume('2024-05-03').pause('2024-05-07');
    const copy = StatutoryClock.fromJSON(
      JSON.parse(JSON.stringify(state)) as ReturnType<typeof state.toJSON>,
    );
    expect(copy.toJSON()).toEqual(state.toJSON());
    expect(copy.resume('2024-05-20').dueDate()).toBe(state.resume('2024-05-20').dueDate());
  });

  it.each([
    {
      start: '2024-04-22',
      budgetWorkingDays: 10,
      segments: [{ from: '2024-04-23', to: '2024-04-24' }],
      runningSince: null,
    },
    { start: '2024-04-22', budgetWorkingDays: 10, segments: [], runningSince: null },
    { start: '2024-04-22', budgetWorkingDays: 10, segments: [], runningSince: '2024-04-25' },
  ])('refuses the inconsistent snapshot %o', (snapshot) => {
    expect(() => StatutoryClock.fromJSON(snapshot)).toThrow(ClockStateError);
  });

  it('refuses impossible transitions', () => {
    expect(() => clock.resume('2024-04-23')).toThrow(ClockStateError);
    expect(() => clock.pause('2024-04-24').pause('2024-04-25')).toThrow(ClockStateError);
    expect(() => clock.pause('2024-04-20')).toThrow(ClockStateError);
    expect(() => clock.pause('2024-04-24').resume('2024-04-23')).toThrow(ClockStateError);
    expect(() => StatutoryClock.start('2024-04-22', -1)).toThrow(DomainValidationError);
  });

  it('is immutable', () => {
    expect(Object.isFrozen(clock)).toBe(true);
    expect(Object.isFrozen(clock.toJSON())).toBe(true);
  });

  describe('properties', () => {
    const anyDay = fc.integer({ min: 19700, max: 21000 }).map(isoDateFromDayNumber);

    it('pausing never shortens a clock', () => {
      fc.assert(
        fc.property(
          anyDay,
          fc.integer({ min: 1, max: 40 }),
          fc.integer({ min: 0, max: 60 }),
          fc.integer({ min: 0, max: 30 }),
          (start, budget, pauseAfter, pauseFor) => {
            const running = StatutoryClock.start(start, budget);
            const pauseAt = addDays(start, pauseAfter);
            const resumed = running.pause(pauseAt).resume(addDays(pauseAt, pauseFor));
            const original = running.dueDate();
            const delayed = resumed.dueDate();
            expect(original).not.toBeNull();
            expect(delayed).not.toBeNull();
            expect((delayed ?? '') >= (original ?? '')).toBe(true);
          },
        ),
      );
    });

    it('a running clock is due on a working day with exactly its budget consumed', () => {
      fc.assert(
        fc.property(anyDay, fc.integer({ min: 1, max: 40 }), (start, budget) => {
          const due = StatutoryClock.start(start, budget).dueDate() ?? '';
          expect(isWorkingDay(due)).toBe(true);
          expect(StatutoryClock.start(start, budget).consumedAsOf(due)).toBe(budget);
        }),
      );
    });
  });
});
