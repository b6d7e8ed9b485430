/* eslint-disable no-console -- a benchmark prints its numbers */
import {
  addWorkingDays,
  computeStepSchedule,
  evaluateEligibility,
  holidaysOf,
  type Nominee,
} from '@tdkt/domain';

/**
 * `npm run bench:domain`: how fast the pure rules run, since workflows and the API call them on every
 * step. Prints operations per second and the heap used; numbers, not pass/fail.
 */
function measure(name: string, iterations: number, run: (i: number) => unknown): void {
  for (let i = 0; i < Math.min(1000, iterations); i += 1) run(i);
  const heapBefore = process.memoryUsage().heapUsed;
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i += 1) run(i);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const heapDelta = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  console.log(
    `${name.padEnd(44)} ${Math.round(iterations / seconds)
      .toLocaleString('en')
      .padStart(12)} ops/s   ` +
      `${((seconds / iterations) * 1e6).toFixed(2).padStart(8)} µs/op   heap Δ ${heapDelta.toFixed(1)} MiB`,
  );
}

const starts = Array.from({ length: 365 }, (_, day) =>
  new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10),
);
const nominee: Nominee = {
  kind: 'individual',
  unitLevel: 'district',
  titles: [
    { year: 2022, code: 'CSTDCS' },
    { year: 2023, code: 'CSTDCS' },
    { year: 2024, code: 'CSTDCS' },
    { year: 2024, code: 'LDTT' },
  ],
  ratings: [{ year: 2024, rating: 'HTXS' }],
  initiatives: [{ id: 'SK-1', recognizedOn: '2024-05-01', scope: 'province' }],
};

console.log(`Node ${process.version}, ${new Date().toISOString()}`);
measure('holidaysOf(year) (lunar + official schedule)', 20_000, (i) => holidaysOf(2020 + (i % 15)));
measure('addWorkingDays(day, 20) across 2025', 200_000, (i) =>
  addWorkingDays(starts[i % 365]!, 20),
);
measure('computeStepSchedule(20 wd, reminders 3/1)', 100_000, (i) =>
  computeStepSchedule({
    startAt: `${starts[i % 365]}T02:00:00Z`,
    workingDays: 20,
    reminderOffsetsWorkingDays: [3, 1],
    overdueGraceWorkingDays: 0,
  }),
);
measure('evaluateEligibility(CSTD_TINH)', 50_000, () =>
  evaluateEligibility({ awardCode: 'CSTD_TINH', asOf: '2024-12-15', nominee }),
);
console.log(`RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB`);
