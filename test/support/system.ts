import { startSystem, type TestSystem, type TestSystemOptions } from '@tdkt/testing';
import { TEST_ENV, testEnv } from './test-env';

export {
  type ApiCaller,
  type LogInBody,
  logIn,
  request,
  signInAll,
  TEST_DEMO_PASSWORD,
  TEST_INTEGRATION_SECRET,
  type TestSystem,
  type TestSystemOptions,
  unitIdOf,
} from '@tdkt/testing';

/** The real API and worker for one test file, on the services the integration suite's global setup started. */
export function startTestSystem(options: TestSystemOptions = {}): Promise<TestSystem> {
  return startSystem(
    {
      pgAdminUrl: testEnv(TEST_ENV.pgAdminUrl),
      temporalAddress: testEnv(TEST_ENV.temporalAddress),
      workflowBundle: testEnv(TEST_ENV.workflowBundle),
    },
    options,
  );
}
