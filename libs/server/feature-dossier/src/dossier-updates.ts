import { DossierEntity } from '@tdkt/server-database';
import type { UpdateIdentity } from '@tdkt/server-temporal-client';
import type { DataSource } from 'typeorm';
import { dossierNotFound } from './dossier-errors';

/** The dossier a workflow update is about; 404 when there is none. */
export async function dossierToUpdate(
  dataSource: DataSource,
  dossierId: string,
): Promise<DossierEntity> {
  const dossier = await dataSource
    .getRepository(DossierEntity)
    .findOne({ where: { id: dossierId } });
  if (dossier === null) throw dossierNotFound();
  return dossier;
}

/** The caller's Idempotency-Key, when sent, identifies the update (see WorkflowUpdates). */
export function updateIdentity(idempotencyKey: string | undefined): UpdateIdentity {
  return idempotencyKey === undefined ? {} : { idempotencyKey };
}
