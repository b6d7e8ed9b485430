import type { DataSource } from 'typeorm';
import type { UnitOnPath } from './dossier-route';

/** Deeper than any real organisation tree; stops the walk should a cycle ever slip in. */
const MAX_DEPTH = 32;

/** The unit and its ancestors, nearest first (a merged unit continues in the unit it joined). */
export async function loadUnitChain(dataSource: DataSource, unitId: string): Promise<UnitOnPath[]> {
  const rows = await dataSource.query<
    { id: string; name: string; level: string; external_endpoint_url: string | null }[]
  >(
    `WITH RECURSIVE up(id, depth) AS (
       SELECT id, 0 FROM units WHERE id = $1
       UNION ALL
       SELECT COALESCE(u.merged_into_id, u.parent_id), up.depth + 1
         FROM up JOIN units u ON u.id = up.id
        WHERE COALESCE(u.merged_into_id, u.parent_id) IS NOT NULL AND up.depth < ${MAX_DEPTH}
     )
     SELECT u.id, u.name, u.level, u.external_endpoint_url FROM up JOIN units u ON u.id = up.id ORDER BY up.depth`,
    [unitId],
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    level: row.level,
    externalEndpointUrl: row.external_endpoint_url,
  }));
}
