import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { RunningPostgres } from '@tdkt/infra';

/** Environment variables through which the global setup tells test files where the shared services are. */
export const TEST_ENV = {
  pgAdminUrl: 'TDKT_TEST_PG_ADMIN_URL',
  temporalAddress: 'TDKT_TEST_TEMPORAL_ADDRESS',
  workflowBundle: 'TDKT_TEST_WORKFLOW_BUNDLE',
} as const;

export interface GlobalServices {
  postgres: RunningPostgres;
  temporal: TestWorkflowEnvironment;
}

/** Reads a variable set by the global setup; a missing one means the test runs outside the integration suite. */
export function testEnv(name: (typeof TEST_ENV)[keyof typeof TEST_ENV]): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run integration tests with "npm run test:integration"`);
  return value;
}

/**
 * The Temporal namespace of this Jest worker's in-process APIs and workers on the shared dev server:
 * test files in different workers run at once, and workflow ids are business codes (HS-2024-000001),
 * so each worker has a namespace of its own (registered by the global setup).
 */
export function workerNamespace(): string {
  return workerNamespaceName(Number(process.env.JEST_WORKER_ID ?? '1'));
}

export function workerNamespaceName(worker: number): string {
  return `tdkt-jest-${worker}`;
}
