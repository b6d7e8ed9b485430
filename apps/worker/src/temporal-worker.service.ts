import { Inject, Injectable } from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import { ACTIVITIES, type Activities } from '@tdkt/activities';
import { activityFailuresInterceptor } from './activity-failures.interceptor';
import { ActivityMetrics } from './metrics/activity-metrics';
import { TemporalUnreachableError, temporalSettingsFromConfig } from '@tdkt/server-temporal-client';
import { WorkerConfig } from './worker-config';

/** Builds the Temporal worker from Nest-provided use cases and runs it until shutdown. */
@Injectable()
export class TemporalWorkerService {
  constructor(
    private readonly config: WorkerConfig,
    @Inject(ACTIVITIES) private readonly activities: Activities,
    private readonly metrics: ActivityMetrics,
  ) {}

  async create(): Promise<{ worker: Worker; connection: NativeConnection }> {
    const settings = temporalSettingsFromConfig(this.config);
    let connection: NativeConnection;
    try {
      connection = await NativeConnection.connect({
        address: settings.address,
        tls: settings.tls,
        apiKey: settings.apiKey,
      });
    } catch (error) {
      throw new TemporalUnreachableError(settings, error);
    }
    const worker = await Worker.create({
      connection,
      namespace: settings.namespace,
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      activities: this.activities,
      interceptors: { activity: [this.metrics.interceptor(), activityFailuresInterceptor()] },
      ...(this.config.WORKFLOW_BUNDLE_PATH
        ? { workflowBundle: { codePath: this.config.WORKFLOW_BUNDLE_PATH } }
        : { workflowsPath: require.resolve('@tdkt/workflows') }),
      maxConcurrentActivityTaskExecutions: this.config.WORKER_MAX_CONCURRENT_ACTIVITIES,
      maxConcurrentWorkflowTaskExecutions: this.config.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS,
      maxCachedWorkflows: this.config.WORKER_MAX_CACHED_WORKFLOWS,
      shutdownGraceTime: '20 seconds',
    });
    return { worker, connection };
  }
}
