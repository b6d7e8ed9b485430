import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';

/** Runs per scenario of a full run (`npm run test:faults`). */
const FULL_RUNS = 20;

/** One scenario's figures over all its runs. */
export interface ScenarioFigures {
  scenario: string;
  /** What the scenario does, in one sentence. */
  how: string;
  runs: number;
  failedRuns: number;
  dossiers: number;
  lost: number;
  duplicated: number;
  /** Seconds from the end of the fault until everything was back, one per run that measures it. */
  recoverySeconds: number[];
  notes: string[];
}

function summary(values: number[]): string {
  if (values.length === 0) return '—';
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  return `${median.toFixed(1)} / ${(sorted.at(-1) ?? 0).toFixed(1)}`;
}

/** Writes the suite's figures as Markdown: what ran, how often, and what was lost or duplicated. */
export function writeReliabilityReport(
  path: string,
  figures: ScenarioFigures[],
  context: { runsPerScenario: number; outageSeconds: number; startedAt: Date; finishedAt: Date },
): void {
  const rows = figures.map(
    (f) =>
      `| ${f.scenario} | ${f.runs} | ${f.failedRuns} | ${f.dossiers} | ${f.lost} | ${f.duplicated} | ${summary(f.recoverySeconds)} |`,
  );
  const hows = figures.map((f) => `- **${f.scenario}**: ${f.how}`);
  const notes = figures.flatMap((f) => f.notes.map((note) => `- ${f.scenario}: ${note}`));
  const minutes = (context.finishedAt.getTime() - context.startedAt.getTime()) / 60_000;
  const text = `# Reliability under faults

Written by the fault-injection suite (\`test/faults/\`); do not edit by hand. \`npm run test:faults\` runs
every scenario ${FULL_RUNS} times and writes this file; \`npm test\` runs each once and writes its figures to
\`test/artifacts/reliability.md\`. Each run moves dossiers through the real API, worker, Temporal dev
server and PostgreSQL while it breaks one of them, then reads the ground truth from PostgreSQL and
Temporal themselves: every dossier a client was told was accepted is exactly one row and one workflow at
its expected stage, with no timeline event, audit row, open task, notification or decision number
written twice. One scenario takes dossiers through the council to a numbered decision, so the
decision-number and one-decision-per-dossier checks have something to find; the council meeting's
timer stands in for the durable timers of dossiers, whose deadlines are working days away.

Last run: ${context.startedAt.toISOString()} to ${context.finishedAt.toISOString()} (${minutes.toFixed(0)} minutes),
${context.runsPerScenario} run(s) per scenario, outages of ${context.outageSeconds} s, on ${cpus().length} cores
shared with other work.
${context.runsPerScenario < FULL_RUNS ? `\n**This run is short of the ${FULL_RUNS} runs per scenario of a full run**: its figures show what ran, no more.\n` : ''}
${hows.join('\n')}

| Scenario | Runs | Failed runs | Dossiers | Lost | Duplicated | Recovery s (median / max) |
| -------- | ---- | ----------- | -------- | ---- | ---------- | ------------------------- |
${rows.join('\n')}

Recovery is measured from the end of the fault (the process started again, PostgreSQL thawed or started)
until \`/health/ready\` answered 200 and every dossier of the run was at its expected stage.
${notes.length > 0 ? `\n${notes.join('\n')}\n` : ''}`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  // Formatted by the repository's Prettier, so that the written file passes lint (its CLI: Jest cannot
  // load Prettier's API, which imports modules dynamically).
  execFileSync(process.execPath, [require.resolve('prettier/bin/prettier.cjs'), '--write', path]);
}
