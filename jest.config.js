// One Jest config, five suites: fast unit tests beside the code; integration tests under test/ that
// run against a real PostgreSQL and a real Temporal server started by the global setup; and the
// browser journey under test/e2e, which starts the whole system the way `npm start` does; and the
// fault-injection suite under test/faults, which breaks servers of its own; and the two-by-two
// cluster run under test/cluster, on the full Temporal server.
const swcOptions = (tsx) => ({
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx },
    transform: {
      legacyDecorator: true,
      decoratorMetadata: true,
      ...(tsx ? { react: { runtime: 'automatic' } } : {}),
    },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
});
const swc = ['@swc/jest', swcOptions(false)];
const swcTsx = ['@swc/jest', swcOptions(true)];

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  // jose ships ES modules only; Node loads them with require(esm), Jest needs them compiled to CommonJS.
  transform: { '^.+\\.ts$': swc, '^.+\\.tsx$': swcTsx, '/node_modules/jose/.+\\.js$': swc },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/{apps,libs,workflows,activities,infra,bench}/**/*.spec.{ts,tsx}',
        // Checks on the code's shape (docs/architecture.md), over the whole repository.
        '<rootDir>/test/architecture/**/*.spec.ts',
      ],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/jest-setup.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/jest-setup.ts'],
    },
    {
      ...common,
      // Breaks its own PostgreSQL and Temporal server (kill -9, SIGSTOP), so it shares none with the others.
      displayName: 'faults',
      testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/jest-setup.ts'],
    },
    {
      ...common,
      // The full Temporal server on PostgreSQL with two APIs and two workers (`npm run test:cluster`).
      displayName: 'cluster',
      testMatch: ['<rootDir>/test/cluster/**/*.cluster-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/jest-setup.ts'],
    },
  ],
};
