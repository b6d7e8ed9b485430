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

export * from './dossier/dossier.activities';
export * from './inbox/inbox.activities';
export * from './notifications/notification.activities';
export * from './plan/plan.activities';
export * from './operations/operations.activities';

export type ActivityDependencies = DossierActivityDependencies &
  InboxActivityDependencies &
  PlanActivityDependencies &
  NotificationActivityDependencies &
  OperationsActivityDependencies;

/** Every activity the worker registers, built from use cases that Nest provides. */
export function createActivities(deps: ActivityDependencies) {
  return {
    ...createDossierActivities(deps),
    ...createInboxActivities(deps),
    ...createPlanActivities(deps),
    ...createNotificationActivities(deps),
    ...createOperationsActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
