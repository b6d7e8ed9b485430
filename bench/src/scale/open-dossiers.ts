/* eslint-disable no-console -- a benchmark prints its progress */
import { randomUUID } from 'node:crypto';
import type { ApiSession } from '../engine/api-session';
import { memoryMiB } from '../measure/process-usage';
import { round } from '../measure/stats';

export interface MemorySample {
  open: number;
  seconds: number;
  workerRssMiB: number;
  apiRssMiB: number;
  temporalRssMiB: number;
}

export interface OpenDossiersResult {
  requested: number;
  submitted: number;
  failed: number;
  seconds: number;
  perSecond: number;
  batchSize: number;
  batchesInFlight: number;
  samples: MemorySample[];
}

/**
 * Opens `count` dossiers waiting on their review (a task in the inbox, reminder and deadline timers
 * set) the way a school submits its teachers: `POST /api/v1/dossiers/batch`, `batchesInFlight`
 * batches of `batchSize` at a time. Samples the processes' memory as the count grows.
 */
export async function openDossiers(
  officer: ApiSession,
  unitId: string,
  count: number,
  pids: { worker?: number; api?: number; temporal?: number },
  options = { batchSize: 100, batchesInFlight: 4 },
): Promise<OpenDossiersResult> {
  const started = performance.now();
  const samples: MemorySample[] = [];
  const sampleEvery = Math.max(
    options.batchSize,
    Math.ceil(count / 20 / options.batchSize) * options.batchSize,
  );
  let next = 0;
  let submitted = 0;
  let failed = 0;
  let nextSample = sampleEvery;
  const sample = () => {
    samples.push({
      open: submitted,
      seconds: round((performance.now() - started) / 1000),
      workerRssMiB: round(memoryMiB(pids.worker).rss, 0),
      apiRssMiB: round(memoryMiB(pids.api).rss, 0),
      temporalRssMiB: round(memoryMiB(pids.temporal).rss, 0),
    });
    const last = samples.at(-1)!;
    console.log(
      `  ${String(last.open).padStart(7)} open after ${last.seconds} s (${round(last.open / last.seconds, 1)}/s); worker ${last.workerRssMiB} MiB, API ${last.apiRssMiB} MiB, Temporal ${last.temporalRssMiB} MiB`,
    );
  };
  const lane = async () => {
    for (let first = next; first < count; first = next) {
      next += options.batchSize;
      const size = Math.min(options.batchSize, count - first);
      const answer = await officer.call<{ submitted: number; failed: number }>(
        'POST',
        '/api/v1/dossiers/batch',
        {
          proposingUnitId: unitId,
          items: Array.from({ length: size }, (_, index) => ({
            year: 2024,
            awardCode: 'CSTDCS',
            nominee: { kind: 'individual', name: `Giáo viên ${first + index + 1}` },
            achievementsSummary: 'Hoàn thành xuất sắc nhiệm vụ năm học 2023-2024 (đo tải).',
          })),
        },
        { 'Idempotency-Key': randomUUID() },
      );
      submitted += answer.submitted;
      failed += answer.failed;
      if (submitted >= nextSample) {
        nextSample += sampleEvery;
        sample();
      }
    }
  };
  await Promise.all(Array.from({ length: options.batchesInFlight }, lane));
  sample();
  const seconds = (performance.now() - started) / 1000;
  return {
    requested: count,
    submitted,
    failed,
    seconds: round(seconds),
    perSecond: round(submitted / seconds, 2),
    batchSize: options.batchSize,
    batchesInFlight: options.batchesInFlight,
    samples,
  };
}
