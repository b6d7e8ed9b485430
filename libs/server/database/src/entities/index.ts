import { AwardRevocationEntity } from './award-revocation.entity';
import { ComplaintEntity } from './complaint.entity';
import { ClusterMemberEntity } from './cluster-member.entity';
import { ClusterScoringTableEntity } from './cluster-scoring-table.entity';
import { ClusterYearEntity } from './cluster-year.entity';
import { EmulationClusterEntity } from './emulation-cluster.entity';
import { CouncilAgendaItemEntity } from './council-agenda-item.entity';
import { CouncilMeetingEntity } from './council-meeting.entity';
import { CouncilMeetingMemberEntity } from './council-meeting-member.entity';
import { DecisionAwardeeEntity } from './decision-awardee.entity';
import { DecisionEntity } from './decision.entity';
import { DecisionNumberCounterEntity } from './decision-number-counter.entity';
import { DocumentEntity } from './document.entity';
import { InitiativeAttachmentEntity } from './initiative-attachment.entity';
import { InitiativeEntity } from './initiative.entity';
import { InitiativeUseEntity } from './initiative-use.entity';
import { NominationClaimEntity } from './nomination-claim.entity';
import { AttachmentEntity } from './attachment.entity';
import { AuditLogEntity } from './audit-log.entity';
import { AuthSessionEntity } from './auth-session.entity';
import { DossierCodeCounterEntity } from './dossier-code-counter.entity';
import { DossierCommentEntity } from './dossier-comment.entity';
import { DossierEventEntity } from './dossier-event.entity';
import { DossierEntity } from './dossier.entity';
import { EmulationRegistrationEntity } from './emulation-registration.entity';
import { ExternalIdentityEntity } from './external-identity.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { NotificationDeliveryEntity } from './notification-delivery.entity';
import { NotificationEntity } from './notification.entity';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { OidcLoginRequestEntity } from './oidc-login-request.entity';
import { PlanEntity } from './plan.entity';
import { PlanItemEntity } from './plan-item.entity';
import { PlanQuarterSummaryEntity } from './plan-quarter-summary.entity';
import { PlanWindowEntity } from './plan-window.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { RoleGrantEntity } from './role-grant.entity';
import { UnitParentPeriodEntity } from './unit-parent-period.entity';
import { TaskEntity } from './task.entity';
import { UnitEntity } from './unit.entity';
import { UserEntity } from './user.entity';

export {
  AwardRevocationEntity,
  ComplaintEntity,
  ClusterMemberEntity,
  ClusterScoringTableEntity,
  ClusterYearEntity,
  EmulationClusterEntity,
  CouncilAgendaItemEntity,
  CouncilMeetingEntity,
  CouncilMeetingMemberEntity,
  DecisionAwardeeEntity,
  DecisionEntity,
  DecisionNumberCounterEntity,
  DocumentEntity,
  InitiativeAttachmentEntity,
  InitiativeEntity,
  InitiativeUseEntity,
  NominationClaimEntity,
  AttachmentEntity,
  AuditLogEntity,
  AuthSessionEntity,
  DossierCodeCounterEntity,
  DossierCommentEntity,
  DossierEntity,
  DossierEventEntity,
  EmulationRegistrationEntity,
  ExternalIdentityEntity,
  IdempotencyKeyEntity,
  NotificationDeliveryEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  OidcLoginRequestEntity,
  PlanEntity,
  PlanItemEntity,
  PlanQuarterSummaryEntity,
  PlanWindowEntity,
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
  PlanEntity,
  PlanItemEntity,
  PlanQuarterSummaryEntity,
  PlanWindowEntity,
  EmulationRegistrationEntity,
  NotificationEntity,
  NotificationDeliveryEntity,
  NotificationPreferenceEntity,
  CouncilAgendaItemEntity,
  CouncilMeetingEntity,
  CouncilMeetingMemberEntity,
  DecisionAwardeeEntity,
  DecisionEntity,
  DecisionNumberCounterEntity,
  DocumentEntity,
  InitiativeAttachmentEntity,
  InitiativeEntity,
  InitiativeUseEntity,
  NominationClaimEntity,
  ComplaintEntity,
  AwardRevocationEntity,
  EmulationClusterEntity,
  ClusterYearEntity,
  ClusterMemberEntity,
  ClusterScoringTableEntity,
];
