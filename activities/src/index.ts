import {
  createDossierActivities,
  type DossierActivityDependencies,
} from './dossier/dossier.activities';
import { createInboxActivities, type InboxActivityDependencies } from './inbox/inbox.activities';

export * from './dossier/dossier.activities';
export * from './inbox/inbox.activities';

export type ActivityDependencies = DossierActivityDependencies & InboxActivityDependencies;

/** Every activity the worker registers, built from use cases that Nest provides. */
export function createActivities(deps: ActivityDependencies) {
  return {
    ...createDossierActivities(deps),
    ...createInboxActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
