import {
  createDossierActivities,
  type DossierActivityDependencies,
} from './dossier/dossier.activities';

export * from './dossier/dossier.activities';

export type ActivityDependencies = DossierActivityDependencies;

/** Every activity the worker registers, built from use cases that Nest provides. */
export function createActivities(deps: ActivityDependencies) {
  return {
    ...createDossierActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
