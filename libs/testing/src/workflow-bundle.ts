import { writeFileSync } from 'node:fs';
import { bundleWorkflowCode } from '@temporalio/worker';

/** Bundles workflows/ once and writes it to `path`, so that every test worker loads it instead of re-bundling. */
export async function writeWorkflowBundle(path: string): Promise<void> {
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve('@tdkt/workflows'),
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
