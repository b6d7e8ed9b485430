import { AuditLogEntity } from './audit-log.entity';
import { DossierCodeCounterEntity } from './dossier-code-counter.entity';
import { DossierEntity } from './dossier.entity';
import { EmulationRegistrationEntity } from './emulation-registration.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { NotificationDeliveryEntity } from './notification-delivery.entity';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationEntity } from './notification.entity';
import { PlanItemEntity } from './plan-item.entity';
import { PlanQuarterSummaryEntity } from './plan-quarter-summary.entity';
import { PlanWindowEntity } from './plan-window.entity';
import { PlanEntity } from './plan.entity';
import { TaskEntity } from './task.entity';
import { UnitEntity } from './unit.entity';
import { UserEntity } from './user.entity';

export {
  AuditLogEntity,
  DossierCodeCounterEntity,
  DossierEntity,
  EmulationRegistrationEntity,
  IdempotencyKeyEntity,
  NotificationDeliveryEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  PlanEntity,
  PlanItemEntity,
  PlanQuarterSummaryEntity,
  PlanWindowEntity,
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
  PlanEntity,
  PlanItemEntity,
  PlanQuarterSummaryEntity,
  PlanWindowEntity,
  EmulationRegistrationEntity,
  NotificationEntity,
  NotificationDeliveryEntity,
  NotificationPreferenceEntity,
];
