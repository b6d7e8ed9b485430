/* eslint-disable no-console -- a benchmark prints its numbers */
import { startSystem, type TestSystem, unitIdOf } from '@tdkt/testing';
import { ApiSession } from '../engine/api-session';
import { memoryMiB } from '../measure/process-usage';
import { round } from '../measure/stats';
import type { BenchOptions } from '../options';
import type { BenchServices } from '../services';
import { openDossiers, type OpenDossiersResult } from './open-dossiers';
import { measureQueries, type QueryCase, type QueryLatencies } from './query-latency';
import { measureStuckList, type StuckListResult } from './stuck-list';
import { insertAudit, insertDossiers, insertTasks } from './synthetic-rows';

/**
 * PostgreSQL settings of a scale run: auto_explain loaded in every session, off (its default) until a
 * plan is wanted. Its threshold stays off the command line, which would outrank the ALTER SYSTEM that
 * turns it on.
 */
export const SCALE_POSTGRES_SETTINGS = {
  session_preload_libraries: 'auto_explain',
  'auto_explain.log_analyze': 'on',
};

/** How many times each read request is timed. */
const REPEAT = 30;
/** Task rows the inbox is measured at. */
const TASK_ROWS = 100_000;

export interface ScaleResults {
  openDossiers: OpenDossiersResult & { maxCachedWorkflows: number };
  stuckList: StuckListResult;
  rows: { dossiers: number; tasks: number; audit: number; insertedDirectly: string };
  inbox: QueryLatencies;
  dossierList: QueryLatencies;
  auditTrail: QueryLatencies;
  memoryAfterMiB: Record<string, number>;
}

const PEOPLE = [
  'demo.officer.thlg',
  'demo.reviewer.cm',
  'demo.leader.cm',
  'demo.reviewer.dn',
  'demo.admin',
  'demo.auditor',
] as const;

/**
 * `npm run bench -- --scale`: the engine at a province's size. Opens `dossiers` dossiers through the
 * batch API (reading the admin stuck list once `stuckWorkflows` of them run), then bulk-inserts read
 * model rows directly and times the inbox, the dossier list and the audit trail through the API.
 */
export async function runScale(
  options: BenchOptions,
  services: BenchServices,
): Promise<ScaleResults> {
  const system = await startSystem(services, {
    env: { DISCLOSURE_HELD_OUTSIDE: 'true' },
    workerEnv: { WORKER_MAX_CACHED_WORKFLOWS: String(options.maxCachedWorkflows) },
  });
  try {
    return await measure(options, services, system);
  } finally {
    await system.stop();
  }
}

async function measure(
  options: BenchOptions,
  services: BenchServices,
  system: TestSystem,
): Promise<ScaleResults> {
  const sessions = Object.fromEntries(
    await Promise.all(
      PEOPLE.map(async (name) => [name, await ApiSession.open(system.apiUrl, name)] as const),
    ),
  ) as Record<(typeof PEOPLE)[number], ApiSession>;
  const school = await unitIdOf(system, 'DN-CM-TH-LG');
  const district = await unitIdOf(system, 'DN-CM');
  const pids = {
    worker: system.worker.pid,
    api: system.api.pid,
    temporal: services.temporal.process.pid,
  };

  const beforeStuck = Math.min(options.dossiers, options.stuckWorkflows);
  console.log(`\nOpening ${beforeStuck} dossiers through the batch API…`);
  const first = await openDossiers(sessions['demo.officer.thlg'], school, beforeStuck, pids);
  console.log(`\nThe admin stuck list with ${beforeStuck} dossiers open…`);
  const stuckList = await measureStuckList(sessions['demo.admin'], beforeStuck, 100, 600);
  console.log(JSON.stringify(stuckList));
  let opened = first;
  if (options.dossiers > beforeStuck) {
    console.log(`\nOpening ${options.dossiers - beforeStuck} more…`);
    const rest = await openDossiers(
      sessions['demo.officer.thlg'],
      school,
      options.dossiers - beforeStuck,
      pids,
    );
    opened = {
      ...rest,
      requested: options.dossiers,
      submitted: first.submitted + rest.submitted,
      failed: first.failed + rest.failed,
      seconds: round(first.seconds + rest.seconds),
      perSecond: round((first.submitted + rest.submitted) / (first.seconds + rest.seconds), 2),
      samples: [
        ...first.samples,
        ...rest.samples.map((sample) => ({
          ...sample,
          open: sample.open + first.submitted,
          seconds: round(sample.seconds + first.seconds),
        })),
      ],
    };
  }

  console.log(
    `\nInserting read-model rows directly (${options.rows} dossiers and audit rows, ${TASK_ROWS} tasks)…`,
  );
  const [{ dossiers }] = await system.db.query<[{ dossiers: number }]>(
    `SELECT count(*)::int AS dossiers FROM dossiers`,
  );
  await insertDossiers(system.db, Math.max(0, options.rows - dossiers));
  await insertTasks(system.db, TASK_ROWS);
  await insertAudit(system.db, options.rows);
  await system.db.query('ANALYZE');
  const [rows] = await system.db.query<[{ dossiers: number; tasks: number; audit: number }]>(
    `SELECT (SELECT count(*) FROM dossiers)::int AS dossiers, (SELECT count(*) FROM tasks)::int AS tasks,
            (SELECT count(*) FROM audit_log)::int AS audit`,
  );
  const postgres = { db: system.db, process: services.postgres.process };
  const reviewer = sessions['demo.reviewer.cm'];
  const inboxCases: QueryCase[] = [
    ['reviewer: inbox', reviewer, ''],
    ['reviewer: reviews only', reviewer, '&type=dossier.review'],
    ['reviewer: overdue', reviewer, '&overdue=true'],
    ['reviewer: award and year', reviewer, '&awardCode=CSTDCS&year=2024'],
    ['reviewer: stage', reviewer, '&stage=UNIT_REVIEW'],
    ['reviewer: one school', reviewer, `&unitId=${school}`],
    ['reviewer: mine', reviewer, '&mine=true'],
    ['reviewer: page 100', reviewer, '&offset=2000'],
    ['leader: inbox', sessions['demo.leader.cm'], ''],
    ['province reviewer: inbox', sessions['demo.reviewer.dn'], ''],
    ['school officer: inbox', sessions['demo.officer.thlg'], ''],
  ].map(([name, session, query]) => ({
    name: name as string,
    session: session as ApiSession,
    path: `/api/v1/tasks?limit=20${query as string}`,
  }));
  console.log(`\nThe inbox at ${rows.tasks} task rows…`);
  const inbox = await measureQueries(inboxCases, REPEAT, postgres);
  const auditor = sessions['demo.auditor'];
  console.log(`\nThe dossier list at ${rows.dossiers} dossiers…`);
  const dossierList = await measureQueries(
    [
      ['auditor: all, newest first', ''],
      ['auditor: stage', '&stage=UNIT_REVIEW'],
      ['auditor: award and year', '&awardCode=CSTDCS&year=2024'],
      ['auditor: name search', '&q=nguyen%20thi%20lan'],
      ['auditor: overdue', '&overdue=true'],
      ['auditor: district subtree', `&unitId=${district}`],
      ['auditor: page 500', '&offset=10000'],
    ].map(([name, query]) => ({
      name: name!,
      session: auditor,
      path: `/api/v1/dossiers?limit=20${query!}`,
    })),
    REPEAT,
    postgres,
  );
  console.log(`\nThe audit trail at ${rows.audit} rows…`);
  const monthAgo = new Date(Date.now() - 400 * 86_400_000).toISOString();
  const monthEnd = new Date(Date.now() - 370 * 86_400_000).toISOString();
  const auditTrail = await measureQueries(
    [
      ['auditor: newest', ''],
      ['auditor: one action', '&action=decision.approved'],
      ['auditor: one entity', '&entityType=dossier&entityId=synthetic-12345'],
      ['auditor: one workflow', '&workflowId=HS-2024-S00012345'],
      ['auditor: district subtree', `&unitId=${district}`],
      ['auditor: a month a year ago', `&from=${monthAgo}&to=${monthEnd}`],
      ['auditor: one person', `&actorId=${reviewer.userId}`],
    ].map(([name, query]) => ({
      name: name!,
      session: auditor,
      path: `/api/v1/audit?limit=50${query!}`,
    })),
    REPEAT,
    postgres,
  );
  return {
    openDossiers: { ...opened, maxCachedWorkflows: options.maxCachedWorkflows },
    stuckList,
    rows: {
      ...rows,
      insertedDirectly:
        'dossier, task and audit rows beyond the opened dossiers are INSERT … SELECT generate_series straight into PostgreSQL, not workflows',
    },
    inbox,
    dossierList,
    auditTrail,
    memoryAfterMiB: Object.fromEntries(
      Object.entries(pids).map(([name, pid]) => [name, round(memoryMiB(pid).rss, 0)]),
    ),
  };
}
