import { AttachmentEntity } from './attachment.entity';
import { AuditLogEntity } from './audit-log.entity';
import { DossierCodeCounterEntity } from './dossier-code-counter.entity';
import { DossierCommentEntity } from './dossier-comment.entity';
import { DossierEventEntity } from './dossier-event.entity';
import { DossierEntity } from './dossier.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { TaskEntity } from './task.entity';
import { UnitEntity } from './unit.entity';
import { UserEntity } from './user.entity';

export {
  AttachmentEntity,
  AuditLogEntity,
  DossierCodeCounterEntity,
  DossierCommentEntity,
  DossierEntity,
  DossierEventEntity,
  IdempotencyKeyEntity,
  TaskEntity,
  UnitEntity,
  UserEntity,
};

/** Every entity, registered once with the DataSource. */
export const ENTITIES = [
  UnitEntity,
  UserEntity,
  AuditLogEntity,
  DossierEntity,
  DossierCodeCounterEntity,
  IdempotencyKeyEntity,
  TaskEntity,
  DossierEventEntity,
  AttachmentEntity,
  DossierCommentEntity,
];
