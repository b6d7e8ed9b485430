import { WorkflowNotFoundError, type Client as TemporalClient } from '@temporalio/client';
import { Client } from 'pg';

/** What a dossier must look like once the system has recovered. */
export interface Expected {
  stage: string;
  /** Whether its review task is still open (one, exactly). */
  reviewOpen: boolean;
}

export interface Truth {
  dossiers: number;
  /** Accepted by the API but missing in PostgreSQL or Temporal, or not at its expected stage. */
  lost: number;
  /** Extra dossier rows, workflows, timeline events, audit rows, open tasks or notifications. */
  duplicated: number;
  problems: string[];
}

/**
 * Ground truth after a fault, read from PostgreSQL and Temporal themselves, never through the API:
 * every nominee the clients were told was accepted is one dossier row and one workflow at its expected
 * stage, and nothing about it was written twice.
 */
export async function groundTruth(
  databaseUrl: string,
  temporal: TemporalClient,
  nominees: readonly string[],
  expected: Expected,
): Promise<Truth> {
  const problems: string[] = [];
  let lost = 0;
  let duplicated = 0;
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rows = (
      await client.query<{ id: string; code: string; stage: string; nominee_name: string }>(
        `SELECT id, code, stage, nominee_name FROM dossiers WHERE nominee_name = ANY($1)`,
        [nominees],
      )
    ).rows;
    for (const name of nominees) {
      const count = rows.filter((row) => row.nominee_name === name).length;
      if (count === 0) {
        lost += 1;
        problems.push(`${name}: no dossier row`);
      } else if (count > 1) {
        duplicated += count - 1;
        problems.push(`${name}: ${count} dossier rows`);
      }
    }
    for (const row of rows) {
      try {
        const described = await temporal.workflow.getHandle(row.code).describe();
        if (described.type !== 'dossierWorkflow') throw new WorkflowNotFoundError('', row.code, '');
      } catch (error) {
        if (!(error instanceof WorkflowNotFoundError)) throw error;
        lost += 1;
        problems.push(`${row.code}: no workflow`);
      }
      if (row.stage !== expected.stage) {
        lost += 1;
        problems.push(`${row.code}: at ${row.stage}, expected ${expected.stage}`);
      }
    }
    const ids = rows.map((row) => row.id);
    const openReviews = await client.query<{ subject_id: string; count: string }>(
      `SELECT subject_id, count(*) FROM tasks
        WHERE subject_id = ANY($1) AND type = 'dossier.review' AND status IN ('OPEN', 'CLAIMED')
        GROUP BY subject_id`,
      [ids],
    );
    for (const id of ids) {
      const open = Number(openReviews.rows.find((row) => row.subject_id === id)?.count ?? 0);
      const wanted = expected.reviewOpen ? 1 : 0;
      if (open > wanted) {
        duplicated += open - wanted;
        problems.push(`${id}: ${open} open review tasks`);
      } else if (open < wanted) {
        lost += 1;
        problems.push(`${id}: its review task is not open`);
      }
    }
    for (const [what, sql] of DUPLICATE_QUERIES) {
      const found = await client.query<{ extra: string; sample: string }>(sql, [ids]);
      const extra = Number(found.rows[0]?.extra ?? 0);
      if (extra > 0) {
        duplicated += extra;
        problems.push(`${what}: ${extra} duplicated (${found.rows[0]?.sample})`);
      }
    }
  } finally {
    await client.end();
  }
  return { dossiers: nominees.length, lost, duplicated, problems };
}

/**
 * Rows that would be there twice if a retried activity or request wrote again: each query answers the
 * number of extra rows and one example. A dossier's timeline never holds the same event twice at the
 * stages the suite brings them to; a notification is one per recipient, template and link (except the
 * stuck monitor's alert, sent once per crossing of its threshold: a count that falls back and crosses
 * again with the same figure alerts again with the same text, under a new key); a dossier is awarded by
 * one decision, and a decision number is issued once per issuer and year.
 */
const DUPLICATE_QUERIES: [string, string][] = [
  [
    'decisions per dossier',
    `SELECT coalesce(sum(n - 1), 0) AS extra, min(dossier_id::text) AS sample FROM (
       SELECT dossier_id, count(*) AS n FROM decision_awardees WHERE dossier_id = ANY($1)
        GROUP BY dossier_id HAVING count(*) > 1) d`,
  ],
  [
    'timeline events',
    `SELECT coalesce(sum(n - 1), 0) AS extra, min(dossier_id::text || ' ' || type) AS sample FROM (
       SELECT dossier_id, type, count(*) AS n FROM dossier_events WHERE dossier_id = ANY($1)
        GROUP BY dossier_id, type HAVING count(*) > 1) d`,
  ],
  [
    'audit rows',
    `SELECT coalesce(sum(n - 1), 0) AS extra, min(entity_id || ' ' || action) AS sample FROM (
       SELECT entity_id, action, count(*) AS n FROM audit_log
        WHERE entity_id = ANY($1::uuid[]::text[]) AND action LIKE 'dossier.%'
        GROUP BY entity_id, action HAVING count(*) > 1) d`,
  ],
  [
    'notifications',
    `SELECT coalesce(sum(n - 1), 0) AS extra, min(template || ' ' || coalesce(link, '')) AS sample FROM (
       SELECT user_id, template, link, params::text, count(*) AS n FROM notifications
        WHERE $1::uuid[] IS NOT NULL AND template <> 'ops.stuck-threshold'
        GROUP BY user_id, template, link, params::text HAVING count(*) > 1) d`,
  ],
  [
    'decision numbers',
    `SELECT coalesce(sum(n - 1), 0) AS extra, min(number) AS sample FROM (
       SELECT issuer_unit_id, year, number, count(*) AS n FROM decisions
        WHERE $1::uuid[] IS NOT NULL GROUP BY issuer_unit_id, year, number HAVING count(*) > 1) d`,
  ],
];

/** Whether the dossier is at its expected stage, its review task open or not as expected. */
export async function atExpectedStage(
  databaseUrl: string,
  dossierId: string,
  expected: Expected,
): Promise<boolean> {
  const client = new Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    const { rows } = await client.query<{ stage: string; open: string }>(
      `SELECT stage, (SELECT count(*) FROM tasks WHERE subject_id = $1::text AND type = 'dossier.review'
                       AND status IN ('OPEN', 'CLAIMED')) AS open
         FROM dossiers WHERE id = $1::uuid`,
      [dossierId],
    );
    const row = rows[0];
    return row?.stage === expected.stage && Number(row.open) === (expected.reviewOpen ? 1 : 0);
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Every submitted dossier of the database is one dossierWorkflow in Temporal, and no more. */
export async function workflowsMatchDossiers(
  databaseUrl: string,
  temporal: TemporalClient,
): Promise<{ rows: number; workflows: number }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [row] = (
      await client.query<{ count: string }>(
        `SELECT count(*) FROM dossiers WHERE submitted_at IS NOT NULL`,
      )
    ).rows;
    const workflows = await temporal.workflow.count(`WorkflowType = 'dossierWorkflow'`);
    return { rows: Number(row?.count ?? 0), workflows: workflows.count };
  } finally {
    await client.end();
  }
}
