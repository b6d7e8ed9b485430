import type { Context } from '@temporalio/activity';
import type {
  ActivityExecuteInput,
  ActivityInboundCallsInterceptor,
  ActivityInterceptorsFactory,
  Next,
} from '@temporalio/worker';
import { Counter, Histogram, type Registry } from 'prom-client';

/**
 * What the worker counts of its activities: executions by outcome, failures, retries (attempts after
 * the first) and how long they take. The Temporal SDK's own metrics cover workflow tasks.
 */
export class ActivityMetrics {
  private readonly executions: Counter<'activity_type' | 'outcome'>;
  private readonly failures: Counter<'activity_type' | 'workflow_type'>;
  private readonly retries: Counter<'activity_type' | 'workflow_type'>;
  private readonly duration: Histogram<'activity_type'>;

  constructor(registry: Registry) {
    this.executions = new Counter({
      name: 'tdkt_activity_executions_total',
      help: 'Activity attempts run by this worker, by outcome (succeeded, failed)',
      labelNames: ['activity_type', 'outcome'],
      registers: [registry],
    });
    this.failures = new Counter({
      name: 'tdkt_activity_failures_total',
      help: 'Activity attempts that failed (each retry that fails counts)',
      labelNames: ['activity_type', 'workflow_type'],
      registers: [registry],
    });
    this.retries = new Counter({
      name: 'tdkt_activity_retries_total',
      help: 'Activity attempts after the first, i.e. retries',
      labelNames: ['activity_type', 'workflow_type'],
      registers: [registry],
    });
    this.duration = new Histogram({
      name: 'tdkt_activity_duration_seconds',
      help: 'Time an activity attempt took in this worker',
      labelNames: ['activity_type'],
      buckets: [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    });
  }

  /** The interceptor to give Worker.create({ interceptors: { activity: [...] } }). */
  interceptor(): ActivityInterceptorsFactory {
    return (context: Context) => ({ inbound: this.inbound(context) });
  }

  private inbound(context: Context): ActivityInboundCallsInterceptor {
    return {
      execute: async (
        input: ActivityExecuteInput,
        next: Next<ActivityInboundCallsInterceptor, 'execute'>,
      ): Promise<unknown> => {
        const { activityType, attempt, workflowType } = context.info;
        const labels = { activity_type: activityType, workflow_type: workflowType ?? '' };
        if (attempt > 1) this.retries.inc(labels);
        const stop = this.duration.startTimer({ activity_type: activityType });
        try {
          const result = await next(input);
          this.executions.inc({ activity_type: activityType, outcome: 'succeeded' });
          return result;
        } catch (error) {
          this.executions.inc({ activity_type: activityType, outcome: 'failed' });
          this.failures.inc(labels);
          throw error;
        } finally {
          stop();
        }
      },
    };
  }
}
