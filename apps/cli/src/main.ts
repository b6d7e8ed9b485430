import { Command } from 'commander';
import { bulkCommand } from './ops/bulk.command';
import { importCommand } from './ops/import.command';
import { sessionCommands } from './ops/connection';
import { stuckCommand } from './ops/stuck.command';
import { simulateCommand } from './plan/simulate.command';

/** `tdkt`: the operator's command line over the same code as the API and the worker. */
const program = new Command('tdkt')
  .description('TĐKT operator command line')
  .addCommand(
    new Command('plan')
      .description('yearly emulation and commendation plans')
      .addCommand(simulateCommand()),
  )
  .addCommand(stuckCommand())
  .addCommand(bulkCommand())
  .addCommand(importCommand());
for (const command of sessionCommands()) program.addCommand(command);

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
