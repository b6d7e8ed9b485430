import type { DossierActivities, DossierWorkflowInput } from '@tdkt/contracts';
import type { RecordDossierSubmissionUseCase } from '@tdkt/server-feature-dossier';

export interface DossierActivityDependencies {
  recordDossierSubmission: RecordDossierSubmissionUseCase;
}

/** Activities of the dossier workflow; each calls one use case and is safe to retry. */
export function createDossierActivities(deps: DossierActivityDependencies): DossierActivities {
  return {
    async recordDossierSubmitted(input: DossierWorkflowInput): Promise<void> {
      await deps.recordDossierSubmission.execute(input);
    },
  };
}
