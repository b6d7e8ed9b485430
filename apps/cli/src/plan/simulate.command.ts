/* eslint-disable no-console -- a command-line tool prints to the terminal */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { AppError } from '@tdkt/contracts';
import { WORKSPACE_ROOT } from '@tdkt/infra';
import { parsePlanSource } from '@tdkt/server-feature-plan';
import { formatTimeline } from './plan-timeline';
import { simulatePlan } from './simulate-plan';

function yearOption(value: string): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new InvalidArgumentError('a year such as 2024');
  }
  return year;
}

/** `tdkt plan simulate`: check a plan before issuing it by running its year in seconds. */
export function simulateCommand(): Command {
  return new Command('simulate')
    .description(
      "run a plan's year on the time-skipping test server and print its reminders, overdue notices, windows, quarter summaries and next-year draft",
    )
    .option(
      '--year <year>',
      'the plan year; reads infra/seed/plan-<year>.yaml unless --file is given',
      yearOption,
    )
    .option(
      '--file <path>',
      'a plan document (YAML or JSON, in the shape of infra/seed/plan-2024.yaml)',
    )
    .option('--json', 'print the timeline as JSON')
    .action(async (options: { year?: number; file?: string; json?: boolean }) => {
      const file =
        options.file ??
        (options.year
          ? join(WORKSPACE_ROOT, 'infra', 'seed', `plan-${options.year}.yaml`)
          : undefined);
      if (file === undefined) throw new InvalidArgumentError('give --year or --file');
      if (!existsSync(file))
        throw new InvalidArgumentError(`no plan document at ${file} (use --file)`);
      let definition;
      try {
        definition = parsePlanSource(readFileSync(file, 'utf8'));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        console.error(`${file}: kế hoạch chưa hợp lệ / the plan is not valid`);
        for (const issue of error.errors)
          console.error(
            `  ${issue.field} (${issue.rule}): ${issue.message.vi}\n    ${issue.message.en}`,
          );
        process.exitCode = 1;
        return;
      }
      if (options.year !== undefined && definition.year !== options.year) {
        throw new InvalidArgumentError(
          `${file} is the ${definition.year} plan, not ${options.year}`,
        );
      }
      const timeline = await simulatePlan(definition);
      const width = process.stdout.isTTY ? process.stdout.columns : 80;
      console.log(
        options.json
          ? JSON.stringify(timeline, null, 2)
          : formatTimeline(definition, timeline, width),
      );
    });
}
