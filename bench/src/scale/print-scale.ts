/* eslint-disable no-console -- a benchmark prints its numbers */
import type { QueryLatencies } from './query-latency';
import type { ScaleResults } from './run-scale';

function printQueries(title: string, queries: QueryLatencies): void {
  console.log(`\n${title}: p50 ${queries.all.p50} ms, p95 ${queries.all.p95} ms over every case`);
  for (const [name, summary] of Object.entries(queries.cases))
    console.log(
      `  ${name.padEnd(34)} p50 ${String(summary.p50).padStart(7)} ms  p95 ${String(summary.p95).padStart(7)} ms`,
    );
  console.log(`  slowest: ${queries.slowest.name} (${queries.slowest.path})`);
  if (queries.slowest.plan) console.log(indent(queries.slowest.plan));
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

export function printScale(results: ScaleResults): void {
  const open = results.openDossiers;
  console.log(
    `\nOpen dossiers: ${open.submitted} of ${open.requested} in ${open.seconds} s (${open.perSecond}/s, ${open.failed} failed), worker cache ${open.maxCachedWorkflows} workflows`,
  );
  for (const sample of open.samples)
    console.log(
      `  ${String(sample.open).padStart(7)} open: worker ${sample.workerRssMiB} MiB, API ${sample.apiRssMiB} MiB, Temporal ${sample.temporalRssMiB} MiB`,
    );
  const stuck = results.stuckList;
  console.log(
    `\nStuck list at ${stuck.running} running: first page ${stuck.firstPageMs} ms, pages p50 ${stuck.pageP50Ms} / p95 ${stuck.pageP95Ms} ms (${stuck.pagesRead} pages of ${stuck.pageSize}, ${stuck.scanned} scanned, all: ${stuck.allPagesSeconds ?? 'not within the budget'} s); counts ${stuck.countsSeconds ?? '—'} s, overdue counts ${stuck.countsOverdueOnlySeconds ?? '—'} s`,
  );
  console.log(
    `\nRows: ${results.rows.dossiers} dossiers, ${results.rows.tasks} tasks, ${results.rows.audit} audit rows (${results.rows.insertedDirectly})`,
  );
  printQueries('Inbox', results.inbox);
  printQueries('Dossier list', results.dossierList);
  printQueries('Audit trail', results.auditTrail);
  console.log(
    `\nMemory after: ${Object.entries(results.memoryAfterMiB)
      .map(([name, mib]) => `${name} ${mib} MiB`)
      .join(', ')}`,
  );
}
