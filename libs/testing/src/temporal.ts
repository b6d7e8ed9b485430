import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DEFAULT_TEMPORAL_NAMESPACE, SearchAttributes } from '@tdkt/contracts';
import { ensureTemporalCli, ensureTemporalTestServer } from '@tdkt/infra';

/**
 * A real Temporal dev server (the pinned CLI, in memory) with the project's namespace and search
 * attributes, through @temporalio/testing. TDKT_TEMPORAL_SDK_DOWNLOAD=1 lets a machine with internet
 * use the SDK's own download instead of the Go build.
 */
export async function startLocalTemporal(
  namespace = DEFAULT_TEMPORAL_NAMESPACE,
): Promise<TestWorkflowEnvironment> {
  const executable =
    process.env.TDKT_TEMPORAL_SDK_DOWNLOAD === '1'
      ? ({ type: 'cached-download' } as const)
      : ({ type: 'existing-path', path: await ensureTemporalCli() } as const);
  return TestWorkflowEnvironment.createLocal({
    server: {
      executable,
      namespace,
      ip: '127.0.0.1',
      searchAttributes: Object.values(SearchAttributes),
      extraArgs: ['--log-level', 'error'],
    },
  });
}

/** The Java time-skipping test server: timers of days or months pass in milliseconds. */
export async function startTimeSkippingTemporal(): Promise<TestWorkflowEnvironment> {
  const executable =
    process.env.TDKT_TEMPORAL_SDK_DOWNLOAD === '1'
      ? ({ type: 'cached-download' } as const)
      : ({ type: 'existing-path', path: await ensureTemporalTestServer() } as const);
  return TestWorkflowEnvironment.createTimeSkipping({ server: { executable } });
}
