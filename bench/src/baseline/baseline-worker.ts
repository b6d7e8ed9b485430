import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { baselineActivities } from './baseline-activities';

/**
 * The baseline's worker, a process of its own as the engine's worker is, with the same slots and
 * cache. Settings come from the environment the bench gives it.
 */
async function main(): Promise<void> {
  const env = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set`);
    return value;
  };
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const connection = await NativeConnection.connect({ address: env('TEMPORAL_ADDRESS') });
  const worker = await Worker.create({
    connection,
    namespace: env('TEMPORAL_NAMESPACE'),
    taskQueue: env('TEMPORAL_TASK_QUEUE'),
    workflowBundle: { codePath: env('WORKFLOW_BUNDLE_PATH') },
    activities: baselineActivities,
    maxConcurrentActivityTaskExecutions: Number(env('WORKER_MAX_CONCURRENT_ACTIVITIES')),
    maxConcurrentWorkflowTaskExecutions: Number(env('WORKER_MAX_CONCURRENT_WORKFLOW_TASKS')),
    maxCachedWorkflows: Number(env('WORKER_MAX_CACHED_WORKFLOWS')),
  });
  process.stdout.write('baseline worker started\n');
  process.on('SIGTERM', () => worker.shutdown());
  process.on('SIGINT', () => worker.shutdown());
  try {
    await worker.run();
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
