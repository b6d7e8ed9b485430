import {
  type ComplaintActivityDependencies,
  createComplaintActivities,
} from './complaint/complaint.activities';
import {
  createDossierActivities,
  type DossierActivityDependencies,
} from './dossier/dossier.activities';
import { createInboxActivities, type InboxActivityDependencies } from './inbox/inbox.activities';
import {
  createNotificationActivities,
  type NotificationActivityDependencies,
} from './notifications/notification.activities';
import {
  createOperationsActivities,
  type OperationsActivityDependencies,
} from './operations/operations.activities';
import { createPlanActivities, type PlanActivityDependencies } from './plan/plan.activities';
import {
  type CouncilActivityDependencies,
  createCouncilActivities,
} from './council/council.activities';
import {
  createDecisionActivities,
  type DecisionActivityDependencies,
} from './decision/decision.activities';
import {
  createInitiativeActivities,
  type InitiativeActivityDependencies,
} from './initiative/initiative.activities';
import {
  createImportActivities,
  type ImportActivityDependencies,
} from './imports/import.activities';
import {
  type ClusterActivityDependencies,
  createClusterActivities,
} from './cluster/cluster.activities';
import {
  createLegalDataActivities,
  type LegalDataActivityDependencies,
} from './legal-data/legal-data.activities';

export type ActivityDependencies = DossierActivityDependencies &
  InboxActivityDependencies &
  PlanActivityDependencies &
  NotificationActivityDependencies &
  OperationsActivityDependencies &
  CouncilActivityDependencies &
  DecisionActivityDependencies &
  InitiativeActivityDependencies &
  LegalDataActivityDependencies &
  ImportActivityDependencies &
  ComplaintActivityDependencies &
  ClusterActivityDependencies;

/** Every activity the worker registers, built from use cases that Nest provides. */
export function createActivities(deps: ActivityDependencies) {
  return {
    ...createDossierActivities(deps),
    ...createInboxActivities(deps),
    ...createPlanActivities(deps),
    ...createNotificationActivities(deps),
    ...createOperationsActivities(deps),
    ...createCouncilActivities(deps),
    ...createDecisionActivities(deps),
    ...createInitiativeActivities(deps),
    ...createLegalDataActivities(deps),
    ...createImportActivities(deps),
    ...createComplaintActivities(deps),
    ...createClusterActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
