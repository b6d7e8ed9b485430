import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  appendAudit,
  type AuditContext,
  DossierCommentEntity,
  DossierEntity,
} from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { dossierNotFound } from '../dossier-errors';

/** A remark by someone working on a dossier, kept with it. */
@Injectable()
export class AddCommentUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute(dossierId: string, body: string, audit: AuditContext): Promise<DossierCommentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const dossier = await manager
        .getRepository(DossierEntity)
        .findOne({ where: { id: dossierId } });
      if (dossier === null) throw dossierNotFound();
      const comment = manager
        .getRepository(DossierCommentEntity)
        .create({ dossierId, authorId: audit.actorId ?? null, body });
      await manager.getRepository(DossierCommentEntity).insert(comment);
      await appendAudit(manager, {
        ...audit,
        action: 'dossier.commented',
        entityType: 'dossier',
        entityId: dossierId,
        unitId: dossier.proposingUnitId,
        after: { commentId: comment.id, body },
      });
      return comment;
    });
  }
}
