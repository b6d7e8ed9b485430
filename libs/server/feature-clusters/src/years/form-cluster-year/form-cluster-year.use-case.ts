import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import { type Actor, auditContextOf } from '@tdkt/server-feature-identity';
import type { DataSource, EntityManager } from 'typeorm';
import { invalid } from '../../invalid';

export interface FormClusterYearCommand {
  clusterId: string;
  year: number;
  memberUnitIds: string[];
  leaderUnitId: string;
  deputyUnitId?: string;
}

/** The year's members, leader (cụm trưởng) and deputy, as the standing body decided them. */
@Injectable()
export class FormClusterYearUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(command: FormClusterYearCommand, actor: Actor): Promise<{ id: string }> {
    return this.dataSource.transaction((manager) =>
      formClusterYear(manager, command, auditOf(actor)),
    );
  }
}

type AuditFields = ReturnType<typeof auditContextOf>;
const auditOf = (actor: Actor): AuditFields => auditContextOf(actor);

/** Writes a year with its members inside the caller's transaction (forming a year, or a handover's next one). */
export async function formClusterYear(
  manager: EntityManager,
  command: FormClusterYearCommand,
  audit: AuditFields,
): Promise<{ id: string }> {
  const members = [...new Set(command.memberUnitIds)];
  if (members.length < 2)
    throw invalid(
      'memberUnitIds',
      'min-members',
      'Cụm cần ít nhất 2 đơn vị.',
      'A cluster needs at least 2 members.',
    );
  if (!members.includes(command.leaderUnitId))
    throw invalid(
      'leaderUnitId',
      'cluster-member',
      'Cụm trưởng phải là thành viên của cụm.',
      'The leader must be a member.',
    );
  if (command.deputyUnitId !== undefined && !members.includes(command.deputyUnitId))
    throw invalid(
      'deputyUnitId',
      'cluster-member',
      'Cụm phó phải là thành viên của cụm.',
      'The deputy must be a member.',
    );
  if (command.deputyUnitId === command.leaderUnitId)
    throw invalid(
      'deputyUnitId',
      'distinct',
      'Cụm phó khác cụm trưởng.',
      'The deputy is not the leader.',
    );
  const [cluster] = await manager.query<{ organizer_unit_id: string }[]>(
    `SELECT organizer_unit_id FROM emulation_clusters WHERE id = $1`,
    [command.clusterId],
  );
  if (cluster === undefined) throw new AppError('CLUSTER_NOT_FOUND');
  const known = await manager.query<{ id: string }[]>(
    `SELECT id FROM units WHERE id = ANY($1::uuid[])`,
    [members],
  );
  if (known.length !== members.length)
    throw invalid(
      'memberUnitIds',
      'exists',
      'Có đơn vị không tồn tại.',
      'A member unit does not exist.',
    );
  const id = randomUUID();
  const inserted = await manager.query<unknown[]>(
    `INSERT INTO cluster_years (id, cluster_id, year, organizer_unit_id, leader_unit_id, deputy_unit_id, status, created_by)
     VALUES ($1, $2, $3, $7, $4, $5, 'FORMED', $6) ON CONFLICT (cluster_id, year) DO NOTHING RETURNING id`,
    [
      id,
      command.clusterId,
      command.year,
      command.leaderUnitId,
      command.deputyUnitId ?? null,
      audit.actorId ?? null,
      cluster.organizer_unit_id,
    ],
  );
  if (inserted.length === 0) throw new AppError('CLUSTER_YEAR_EXISTS');
  await manager.query(
    `INSERT INTO cluster_members (cluster_year_id, unit_id) SELECT $1, unnest($2::uuid[])`,
    [id, members],
  );
  await appendAudit(manager, {
    action: 'cluster-year.formed',
    ...audit,
    entityType: 'cluster-year',
    entityId: id,
    unitId: cluster.organizer_unit_id,
    after: { ...command, memberUnitIds: members },
  });
  return { id };
}
