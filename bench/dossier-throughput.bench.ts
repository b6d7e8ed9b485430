/* eslint-disable no-console -- a benchmark prints its numbers */
import { readFileSync } from 'node:fs';
import globalSetup from '../test/support/global-setup';
import globalTeardown from '../test/support/global-teardown';
import { logIn, request, startTestSystem, unitIdOf } from '../test/support/system';

/**
 * `npm run bench:dossiers [count] [concurrency]`: submits dossiers through the real API and measures
 * how long the API takes to answer and how long until each workflow has opened its unit-review task.
 * Runs on a throwaway PostgreSQL and Temporal dev server, the same ones the integration tests use.
 * Prints numbers, not pass/fail.
 */
const count = Number(process.argv[2] ?? 200);
const concurrency = Number(process.argv[3] ?? 10);

interface Created {
  id: string;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function describeLatencies(name: string, millis: number[]): void {
  const sorted = [...millis].sort((a, b) => a - b);
  console.log(
    `${name.padEnd(34)} p50 ${percentile(sorted, 50).toFixed(0).padStart(6)} ms   ` +
      `p95 ${percentile(sorted, 95).toFixed(0).padStart(6)} ms   max ${(sorted.at(-1) ?? NaN).toFixed(0).padStart(6)} ms`,
  );
}

/** Resident memory of a process, from /proc (Linux), in MiB. */
function rssMiB(pid: number | undefined): string {
  if (pid === undefined) return '?';
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return (kib / 1024).toFixed(0);
  } catch {
    return '?';
  }
}

async function main(): Promise<void> {
  console.log(
    `Node ${process.version}; ${count} dossiers, ${concurrency} at a time; starting services…`,
  );
  await globalSetup();
  const system = await startTestSystem();
  try {
    const officer = await logIn(system, 'demo.officer.thlg');
    const unitId = await unitIdOf(system, 'DN-CM-TH-LG');
    const answerMillis: number[] = [];
    const reviewOpenMillis: number[] = [];
    const startedAt = performance.now();
    let next = 0;

    const submitOne = async (index: number) => {
      const sent = performance.now();
      const created = await request<Created>(system, 'POST', '/api/v1/dossiers', {
        token: officer.accessToken,
        body: {
          year: 2024,
          awardCode: 'CSTDCS',
          proposingUnitId: unitId,
          nominee: { kind: 'individual', name: `Người đề nghị ${index}` },
          achievementsSummary: 'Hồ sơ đo hiệu năng',
        },
      });
      if (created.status !== 201) throw new Error(`submission ${index} answered ${created.status}`);
      answerMillis.push(performance.now() - sent);
      for (;;) {
        const [row] = await system.db.query<{ stage: string }[]>(
          `SELECT stage FROM dossiers WHERE id = $1`,
          [created.body.id],
        );
        if (row?.stage === 'UNIT_REVIEW') break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      reviewOpenMillis.push(performance.now() - sent);
    };

    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let index = next++; index < count; index = next++) await submitOne(index);
      }),
    );
    const seconds = (performance.now() - startedAt) / 1000;

    console.log(
      `throughput                         ${(count / seconds).toFixed(1)} dossiers/s (${seconds.toFixed(1)} s)`,
    );
    describeLatencies('API answer (POST /dossiers)', answerMillis);
    describeLatencies('submitted → unit review open', reviewOpenMillis);
    console.log(
      `resident memory                    api ${rssMiB(system.api.pid)} MiB   worker ${rssMiB(system.worker.pid)} MiB`,
    );
  } finally {
    await system.stop();
    await globalTeardown();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
