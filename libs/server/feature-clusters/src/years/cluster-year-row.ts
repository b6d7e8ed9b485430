import { AppError } from '@tdkt/contracts';
import type { EntityManager } from 'typeorm';

export interface ClusterYearRow {
  id: string;
  cluster_id: string;
  code: string;
  name: string;
  organizer_unit_id: string;
  year: number;
  status: string;
  leader_unit_id: string;
  workflow_id: string | null;
}

/** The year locked for the change the caller makes; CLUSTER_YEAR_NOT_FOUND when there is none. */
export async function lockClusterYear(manager: EntityManager, id: string): Promise<ClusterYearRow> {
  const [row] = await manager.query<ClusterYearRow[]>(
    `SELECT y.id, y.cluster_id, c.code, c.name, c.organizer_unit_id, y.year, y.status, y.leader_unit_id, y.workflow_id
       FROM cluster_years y JOIN emulation_clusters c ON c.id = y.cluster_id
      WHERE y.id = $1 FOR UPDATE OF y`,
    [id],
  );
  if (row === undefined) throw new AppError('CLUSTER_YEAR_NOT_FOUND');
  return row;
}

/** Refuses a change the year's stage does not allow. */
export function assertStage(row: ClusterYearRow, ...allowed: string[]): void {
  if (!allowed.includes(row.status)) throw new AppError('CLUSTER_YEAR_STAGE');
}
