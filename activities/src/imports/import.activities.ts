import type { DossierImportActivities } from '@tdkt/contracts';
import type {
  FinishDossierImportUseCase,
  PrepareDossierImportUseCase,
  SubmitImportedDossierUseCase,
} from '@tdkt/server-feature-spreadsheets';

export interface ImportActivityDependencies {
  prepareDossierImport: PrepareDossierImportUseCase;
  submitImportedDossier: SubmitImportedDossierUseCase;
  finishDossierImport: FinishDossierImportUseCase;
}

/** Activities of `dossierImportWorkflow`: drafts for every row, one submission per row, the close. */
export function createImportActivities(deps: ImportActivityDependencies): DossierImportActivities {
  return {
    prepareDossierImport: ({ importId }) => deps.prepareDossierImport.execute(importId),
    submitImportedDossier: ({ importId, rowNumber }) =>
      deps.submitImportedDossier.execute(importId, rowNumber),
    finishDossierImport: ({ importId }) => deps.finishDossierImport.execute(importId),
  };
}
