import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { DossierWorkflowState } from './dossier.types';

/** Current stage and flags of a dossier workflow. */
export const dossierStateQuery = defineQuery<DossierWorkflowState>('dossierState');

/**
 * Resolves once the dossier row is in the read model. Sent with update-with-start so that a submit
 * answers with a dossier that can already be read back.
 */
export const dossierRecordedUpdate = defineUpdate<DossierWorkflowState>('dossierRecorded');
