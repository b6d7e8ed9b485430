import { AuditLogEntity } from './audit-log.entity';
import { DossierCodeCounterEntity } from './dossier-code-counter.entity';
import { DossierEntity } from './dossier.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { TaskEntity } from './task.entity';
import { UnitEntity } from './unit.entity';
import { UserEntity } from './user.entity';

export {
  AuditLogEntity,
  DossierCodeCounterEntity,
  DossierEntity,
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
];
