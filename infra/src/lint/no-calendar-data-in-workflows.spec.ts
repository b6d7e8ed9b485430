import { join } from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import * as ts from 'typescript';
import { tdktPlugin } from './no-calendar-data-in-workflows.js';

const ROOT = join(__dirname, '..', '..', '..');
const PROBE = join(ROOT, 'workflows', 'src', 'calendar-probe.ts');

/** Lints `code` as a workflow file with the rule alone, on a real program over libs/domain. */
function problemsIn(code: string): { line: number; message: string }[] {
  const options: ts.CompilerOptions = {
    ...ts.convertCompilerOptionsFromJson(
      { module: 'nodenext', moduleResolution: 'nodenext', target: 'ES2022', strict: true },
      ROOT,
    ).options,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => (file === PROBE ? code : readFile(file));
  host.fileExists = (file) => file === PROBE || fileExists(file);
  host.getSourceFile = (file, language) =>
    file === PROBE
      ? ts.createSourceFile(file, code, language, true)
      : getSourceFile(file, language);
  const program = ts.createProgram([PROBE], options, host);
  const linter = new Linter({ configType: 'flat' });
  return linter
    .verify(
      code,
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tsParser, parserOptions: { programs: [program] } },
          plugins: { tdkt: tdktPlugin },
          rules: { 'tdkt/no-calendar-data-in-workflows': 'error' },
        },
      ],
      PROBE,
    )
    .map(({ line, message }) => ({ line, message }));
}

describe('workflows may not read the holiday calendar (tdkt/no-calendar-data-in-workflows)', () => {
  it('refuses every call that takes or returns calendar data, and calendar values, by their type', () => {
    const problems = problemsIn(
      [
        "import { addWorkingDays, carryOverDueDate, HolidayCalendar, holidayLookup, OFFICIAL_SCHEDULES, planItemDueOn, StatutoryClock } from '@tdkt/domain';",
        "const clock = StatutoryClock.start('2026-12-07', 30);",
        "export const a = addWorkingDays('2026-12-07', 3);",
        'export const b = clock.dueDate();',
        "export const c = clock.remainingAsOf('2026-12-08');",
        "export const d = holidayLookup('2027-01-01');",
        'export const e = HolidayCalendar.BUILT_IN;',
        'export const f = OFFICIAL_SCHEDULES;',
        "export const g = carryOverDueDate('2026-03-31', 2027);",
        'export const h = planItemDueOn(2027, { quarter: 1, due: null });',
      ].join('\n'),
    );
    expect(problems.map((problem) => problem.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(problems[1]?.message).toContain('clock.dueDate reads the holiday calendar');
  });

  it('lets workflows keep a statutory clock and read dates without the calendar', () => {
    const problems = problemsIn(
      [
        "import { StatutoryClock, vietnamDateOfEpochMillis, addDays } from '@tdkt/domain';",
        "const clock = StatutoryClock.start('2026-12-07', 30).pause('2026-12-09');",
        "export const resumed = StatutoryClock.fromJSON(clock.toJSON()).resume('2026-12-14').toJSON();",
        'export const today = vietnamDateOfEpochMillis(0);',
        "export const tomorrow = addDays('2026-12-07', 1);",
      ].join('\n'),
    );
    expect(problems).toEqual([]);
  });
});
