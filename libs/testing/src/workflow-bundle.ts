import { writeFileSync } from 'node:fs';
import { bundleWorkflowCode } from '@temporalio/worker';

/**
 * Bundles workflow code once (workflows/ unless `workflowsPath` names another module) and writes it to
 * `path`, so that every worker loads it instead of re-bundling.
 */
export async function writeWorkflowBundle(
  path: string,
  workflowsPath = require.resolve('@tdkt/workflows'),
): Promise<void> {
  const { code } = await bundleWorkflowCode({
    workflowsPath,
    logger: {
      log: () => undefined,
      trace: () => undefined,
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: console.error,
    },
  });
  writeFileSync(path, code);
}
