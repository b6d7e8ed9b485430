import type { SearchAttributeType } from '@temporalio/common';
import type { SearchAttributeKey } from '@temporalio/common/lib/search-attributes';
import { msToTs } from '@temporalio/common/lib/time';
import type { Connection } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DEFAULT_TEMPORAL_NAMESPACE, SearchAttributes } from '@tdkt/contracts';
import { ensureTemporalCli, ensureTemporalTestServer, INDEXED_VALUE_TYPES } from '@tdkt/infra';

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

/**
 * The Java time-skipping test server: timers of days or months pass in milliseconds. It knows only a
 * fixed set of search attributes, so the project's own are registered before it is handed out.
 */
export async function startTimeSkippingTemporal(): Promise<TestWorkflowEnvironment> {
  const executable =
    process.env.TDKT_TEMPORAL_SDK_DOWNLOAD === '1'
      ? ({ type: 'cached-download' } as const)
      : ({ type: 'existing-path', path: await ensureTemporalTestServer() } as const);
  const env = await startWithRetries(() =>
    TestWorkflowEnvironment.createTimeSkipping({ server: { executable } }),
  );
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(
      Object.values(SearchAttributes).map((key) => [key.name, INDEXED_VALUE_TYPES[key.type]]),
    ),
  });
  return env;
}

/** Attempts at starting the Java server, which on a loaded machine may miss the SDK's 5 s. */
const START_ATTEMPTS = 3;

/** Starts a server again when it did not answer in time (a slow JVM start), never on other errors. */
async function startWithRetries(
  start: () => Promise<TestWorkflowEnvironment>,
): Promise<TestWorkflowEnvironment> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (error) {
      const slowStart = error instanceof Error && /did not start within/.test(error.message);
      if (!slowStart || attempt >= START_ATTEMPTS) throw error;
    }
  }
}

/**
 * Registers a namespace with the project's search attributes, so that one test's workflows (whose ids
 * are business codes such as HS-2024-000001) never meet another test's in a shared server.
 */
export async function createTestNamespace(
  connection: Connection,
  namespace: string,
  searchAttributes: readonly SearchAttributeKey<SearchAttributeType>[] = Object.values(
    SearchAttributes,
  ),
): Promise<void> {
  await connection.workflowService.registerNamespace({
    namespace,
    workflowExecutionRetentionPeriod: msToTs('1 day'),
  });
  await connection.operatorService.addSearchAttributes({
    namespace,
    searchAttributes: Object.fromEntries(
      searchAttributes.map((key) => [key.name, INDEXED_VALUE_TYPES[key.type]]),
    ),
  });
}
