import type { EntityManager } from 'typeorm';

/** Deeper than any real organisation tree; stops a walk should a cycle ever slip in. */
export const MAX_UNIT_DEPTH = 64;

/**
 * A unit and every unit above it, with how many steps up each one is (0 for the unit itself). "Above"
 * follows both the parent and the unit it was merged into, so that a grant on the unit a merged
 * commune became part of still covers the merged commune's history.
 */
export async function unitAncestry(
  db: Pick<EntityManager, 'query'>,
  unitId: string,
): Promise<Map<string, number>> {
  const rows = await db.query<{ id: string; depth: number }[]>(
    `WITH RECURSIVE up(id, depth) AS (
       SELECT id, 0 FROM units WHERE id = $1
       UNION
       SELECT p.id, up.depth + 1
         FROM up
         JOIN units u ON u.id = up.id
         JOIN units p ON p.id = u.parent_id OR p.id = u.merged_into_id
        WHERE up.depth < ${MAX_UNIT_DEPTH}
     )
     SELECT id, min(depth)::int AS depth FROM up GROUP BY id`,
    [unitId],
  );
  return new Map(rows.map((row) => [row.id, row.depth]));
}
