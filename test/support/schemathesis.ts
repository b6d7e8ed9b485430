import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { cacheDir } from '@tdkt/infra';

/** Pinned: a new Schemathesis brings new checks, which a change of this line lets in on purpose. */
export const SCHEMATHESIS_VERSION = '4.32.5';

/** Where packages come from: PyPI, unless the machine names its own mirror of it (PIP_INDEX_URL). */
const PYPI = 'https://pypi.org/simple';

const run = promisify(execFile);

/**
 * Schemathesis in a Python virtual environment under the cache folder, created on first use with pip
 * from PyPI. The marker is written last, so an interrupted install is started again from scratch.
 */
export async function ensureSchemathesis(): Promise<string> {
  const venv = join(cacheDir(), `schemathesis-${SCHEMATHESIS_VERSION}`);
  const executable = join(venv, 'bin', 'schemathesis');
  const marker = join(venv, '.installed');
  if (existsSync(marker)) return executable;
  rmSync(venv, { recursive: true, force: true });
  mkdirSync(cacheDir(), { recursive: true });
  try {
    await run('python3', ['-m', 'venv', venv]);
  } catch (error) {
    throw new Error(
      `Could not create a Python virtual environment for Schemathesis (python3 with venv is needed: apt-get install python3-venv): ${String(error)}`,
    );
  }
  await run(
    join(venv, 'bin', 'pip'),
    [
      'install',
      '--quiet',
      '--disable-pip-version-check',
      '--index-url',
      process.env.PIP_INDEX_URL || PYPI,
      `schemathesis==${SCHEMATHESIS_VERSION}`,
    ],
    { maxBuffer: 16 * 1024 * 1024, timeout: 600_000 },
  );
  writeFileSync(marker, `${SCHEMATHESIS_VERSION}\n`);
  return executable;
}

/** What the API must hold to: no 5xx, answers as documented (status, content type, schema), bad input refused. */
export const CONFORMANCE_CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
  'negative_data_rejection',
] as const;

export interface SchemathesisRun {
  code: number | null;
  output: string;
}

/** Runs `schemathesis run` against an OpenAPI document with one bearer token and the given options. */
export function runSchemathesis(
  executable: string,
  options: {
    schemaUrl: string;
    token: string;
    maxExamples: number;
    seed: number;
    junitPath: string;
    extraArgs?: string[];
  },
): Promise<SchemathesisRun> {
  const args = [
    'run',
    options.schemaUrl,
    '--header',
    `Authorization: Bearer ${options.token}`,
    '--checks',
    CONFORMANCE_CHECKS.join(','),
    '--max-examples',
    String(options.maxExamples),
    '--seed',
    String(options.seed),
    '--workers',
    '1',
    '--generation-database',
    ':memory:',
    '--report',
    'junit',
    '--report-junit-path',
    options.junitPath,
    ...(options.extraArgs ?? []),
  ];
  return new Promise((resolve) => {
    const child = spawn(executable, args, {
      // Schemathesis keeps its own files (.schemathesis/) where it runs: beside the reports, not in the clone.
      cwd: dirname(options.junitPath),
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code, output }));
  });
}
