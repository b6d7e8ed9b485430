import type { DossierImportActivities } from '@tdkt/contracts';
import type { RunDossierImportUseCase } from '@tdkt/server-feature-spreadsheets';

export interface ImportActivityDependencies {
  runDossierImport: RunDossierImportUseCase;
}

/** Activities of `dossierImportWorkflow`: drafts for every row, one submission per row, the close. */
export function createImportActivities(deps: ImportActivityDependencies): DossierImportActivities {
  return {
    prepareDossierImport: ({ importId }) => deps.runDossierImport.prepare(importId),
    submitImportedDossier: ({ importId, rowNumber }) =>
      deps.runDossierImport.submitRow(importId, rowNumber),
    finishDossierImport: ({ importId }) => deps.runDossierImport.finish(importId),
  };
}
