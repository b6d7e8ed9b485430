import type { DossierWorkflowInput } from './dossier.types';

/**
 * Activities the dossier workflow calls. Declared here so that workflows depend on the contract,
 * not on the implementation in activities/.
 */
export interface DossierActivities {
  /** Writes the submitted dossier and its audit row into the read model. */
  recordDossierSubmitted(input: DossierWorkflowInput): Promise<void>;
}
