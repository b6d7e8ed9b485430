import { AttachmentEntity } from './attachment.entity';
import { AuditLogEntity } from './audit-log.entity';
import { AuthSessionEntity } from './auth-session.entity';
import { DossierCodeCounterEntity } from './dossier-code-counter.entity';
import { DossierCommentEntity } from './dossier-comment.entity';
import { DossierEventEntity } from './dossier-event.entity';
import { DossierEntity } from './dossier.entity';
import { ExternalIdentityEntity } from './external-identity.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { OidcLoginRequestEntity } from './oidc-login-request.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { RoleGrantEntity } from './role-grant.entity';
import { UnitParentPeriodEntity } from './unit-parent-period.entity';
import { TaskEntity } from './task.entity';
import { UnitEntity } from './unit.entity';
import { UserEntity } from './user.entity';

export {
  AttachmentEntity,
  AuditLogEntity,
  AuthSessionEntity,
  DossierCodeCounterEntity,
  DossierCommentEntity,
  DossierEntity,
  DossierEventEntity,
  ExternalIdentityEntity,
  IdempotencyKeyEntity,
  OidcLoginRequestEntity,
  RefreshTokenEntity,
  RoleGrantEntity,
  TaskEntity,
  UnitEntity,
  UnitParentPeriodEntity,
  UserEntity,
};

/** Every entity, registered once with the DataSource. */
export const ENTITIES = [
  UnitEntity,
  UnitParentPeriodEntity,
  UserEntity,
  RoleGrantEntity,
  AuthSessionEntity,
  RefreshTokenEntity,
  ExternalIdentityEntity,
  OidcLoginRequestEntity,
  AuditLogEntity,
  DossierEntity,
  DossierCodeCounterEntity,
  IdempotencyKeyEntity,
  TaskEntity,
  DossierEventEntity,
  AttachmentEntity,
  DossierCommentEntity,
];
