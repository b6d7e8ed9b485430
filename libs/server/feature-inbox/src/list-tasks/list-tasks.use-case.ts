import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AuthenticatedUser, LEVEL_ROLES } from '@tdkt/contracts';
import { TaskEntity } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { SOD_ACTION } from '../task-access';

export interface ListTasksQuery {
  /** Only tasks assigned to or claimed by the caller. */
  mine?: boolean;
  /** Open (default) or closed tasks. */
  status: 'open' | 'closed';
  type?: string;
  /** Only tasks past their due date. */
  overdue?: boolean;
  /** Only tasks on dossiers for this award, of this year, in this stage, or of this unit's subtree. */
  awardCode?: string;
  year?: number;
  stage?: string;
  unitId?: string;
  limit: number;
  offset: number;
}

export interface TaskPage {
  items: TaskEntity[];
  total: number;
}

/**
 * The caller's inbox: tasks for them by name, claimed by or assigned to them, and tasks for a role
 * they hold where it applies (a level role on exactly its unit, a unit role on the unit's subtree).
 * A dossier's review and decision tasks are not shown to its author (who drafted or submitted it),
 * who may not take them anyway. Soonest deadline first.
 */
@Injectable()
export class ListTasksUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(
    user: Pick<AuthenticatedUser, 'id' | 'grants'>,
    query: ListTasksQuery,
  ): Promise<TaskPage> {
    const level = user.grants.filter((grant) => LEVEL_ROLES.includes(grant.role));
    const subtree = user.grants.filter((grant) => !LEVEL_ROLES.includes(grant.role));
    const params: unknown[] = [
      user.id,
      level.map((grant) => grant.role),
      level.map((grant) => grant.unitId),
      subtree.map((grant) => grant.role),
      subtree.map((grant) => grant.unitId),
      query.status === 'open' ? ['OPEN', 'CLAIMED'] : ['COMPLETED', 'CANCELLED'],
      query.type ?? null,
      query.overdue === true,
      query.mine === true,
      Object.keys(SOD_ACTION),
      query.awardCode ?? null,
      query.year ?? null,
      query.stage ?? null,
      query.unitId ?? null,
    ];
    // The tasks offered to the caller come from three index scans (by name, by assignee, and one per
    // role and unit they hold), not from one OR over every open task: at 100,000 tasks the OR read
    // every open task. The other filters then apply to those alone; their subqueries on dossiers are
    // uncorrelated (IN, not EXISTS) so that PostgreSQL reads them once into a hash, whatever it
    // guesses of the rows they are tested against.
    const candidateTasks = `
      WITH RECURSIVE covered(role, unit_id) AS (
        SELECT r, u FROM unnest($4::text[], $5::uuid[]) AS g(r, u)
        UNION
        SELECT covered.role, child.id FROM covered
          JOIN units child ON child.parent_id = covered.unit_id OR child.merged_into_id = covered.unit_id
      ),
      offered(role, unit_id) AS (
        SELECT r, u FROM unnest($2::text[], $3::uuid[]) AS e(r, u) WHERE NOT $9
        UNION
        SELECT role, unit_id FROM covered WHERE NOT $9
      ),
      candidates(id) AS (
        SELECT id FROM tasks WHERE status = ANY($6::text[]) AND candidate_user_id = $1
        UNION
        SELECT id FROM tasks WHERE status = ANY($6::text[]) AND assignee_id = $1
        UNION
        SELECT t.id FROM offered o
          JOIN tasks t ON t.candidate_role = o.role AND t.candidate_unit_id = o.unit_id
         WHERE t.status = ANY($6::text[])
      )`;
    const filtered = `
      FROM candidates c JOIN tasks t ON t.id = c.id
       WHERE ($7::text IS NULL OR t.type = $7)
         AND (NOT $8 OR t.due_at < now())
         AND NOT (t.subject_type = 'dossier' AND t.type = ANY($10::text[]) AND t.subject_id IN (
           SELECT d.id::text FROM dossiers d WHERE $1 IN (d.author_id, d.submitted_by)
         ))
         AND ($11::text IS NULL AND $12::int IS NULL AND $13::text IS NULL
           OR t.subject_type = 'dossier' AND t.subject_id IN (
             SELECT d.id::text FROM dossiers d
              WHERE ($11::text IS NULL OR d.award_code = $11)
                AND ($12::int IS NULL OR d.year = $12)
                AND ($13::text IS NULL OR d.stage = $13)
           ))
         AND ($14::uuid IS NULL OR t.unit_id IN (
           WITH RECURSIVE sub(id) AS (
             SELECT id FROM units WHERE id = $14
             UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id OR u.merged_into_id = sub.id
           ) SELECT id FROM sub))`;
    // One pass answers the page and the total (counted before LIMIT); past the last page there is no
    // row to carry the total, so it is counted on its own.
    const ids = await this.dataSource.query<{ id: string; total: number }[]>(
      `${candidateTasks} SELECT t.id, count(*) OVER ()::int AS total ${filtered}
        ORDER BY t.due_at ASC NULLS LAST, t.created_at ASC LIMIT ${query.limit} OFFSET ${query.offset}`,
      params,
    );
    const total =
      ids[0]?.total ??
      (
        await this.dataSource.query<[{ total: number }]>(
          `${candidateTasks} SELECT count(*)::int AS total ${filtered}`,
          params,
        )
      )[0].total;
    if (ids.length === 0) return { items: [], total };
    const rows = await this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .whereInIds(ids.map((row) => row.id))
      .getMany();
    const order = new Map(ids.map((row, index) => [row.id, index]));
    return { items: rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)), total };
  }
}
