import { AppError } from '@tdkt/contracts';
import type { EntityManager } from 'typeorm';

/**
 * The one-use rule (CV 5007/BNV-TĐKT III.5.c): an initiative backs one award only. The dossier takes
 * its initiatives here and nowhere else; `initiative_uses` has one row per initiative, so a second
 * dossier citing one already taken is refused with INITIATIVE_ALREADY_USED, even under a race.
 * Citing again the initiatives a dossier already holds changes nothing; those it no longer cites are
 * given back.
 */
export async function claimInitiatives(
  manager: EntityManager,
  dossierId: string,
  initiativeIds: string[],
): Promise<void> {
  const known = await manager.query<{ id: string; status: string }[]>(
    `SELECT id, status FROM initiatives WHERE id = ANY($1::uuid[])`,
    [initiativeIds],
  );
  for (const id of initiativeIds) {
    const initiative = known.find((candidate) => candidate.id === id);
    if (initiative === undefined) throw new AppError('INITIATIVE_NOT_FOUND', [field(id)]);
    if (initiative.status === 'REFUSED') throw new AppError('INITIATIVE_REFUSED', [field(id)]);
  }
  await manager.query(
    `DELETE FROM initiative_uses WHERE dossier_id = $1 AND NOT initiative_id = ANY($2::uuid[])`,
    [dossierId, initiativeIds],
  );
  for (const id of initiativeIds) {
    await manager.query(
      `INSERT INTO initiative_uses (initiative_id, dossier_id) VALUES ($1, $2)
       ON CONFLICT (initiative_id) DO NOTHING`,
      [id, dossierId],
    );
    const [use] = await manager.query<{ dossier_id: string }[]>(
      `SELECT dossier_id FROM initiative_uses WHERE initiative_id = $1`,
      [id],
    );
    if (use?.dossier_id !== dossierId) throw new AppError('INITIATIVE_ALREADY_USED', [field(id)]);
  }
  await manager.query(`UPDATE dossiers SET initiative_ids = $2 WHERE id = $1`, [
    dossierId,
    JSON.stringify(initiativeIds),
  ]);
}

/** Gives back the initiatives of a dossier that ended without an award, so they can back another. */
export async function releaseInitiatives(manager: EntityManager, dossierId: string): Promise<void> {
  await manager.query(`DELETE FROM initiative_uses WHERE dossier_id = $1`, [dossierId]);
}

function field(id: string) {
  return {
    field: 'initiativeIds',
    rule: 'oneUse',
    message: { vi: `Sáng kiến ${id}.`, en: `Initiative ${id}.` },
  };
}
