import { workflowInfo } from '@temporalio/workflow';
import {
  type DecisionWorkflowInput,
  decisionIssuedSignal,
  type IssuedDecision,
} from '@tdkt/contracts';
import { signalQuietly } from '../shared/signal-quietly';
import { decisions } from './activities';

/**
 * A leader's batch decision: one number for the whole list (taken exactly once, keyed by this
 * workflow), the decision and certificates rendered and stored, then every listed dossier told.
 */
export async function decisionWorkflow(input: DecisionWorkflowInput): Promise<IssuedDecision> {
  const issued = await decisions.issueDecision({
    idempotencyKey: workflowInfo().workflowId,
    decisionId: input.decisionId,
    issuerUnitId: input.issuerUnitId,
    level: input.level,
    dossierIds: input.dossierIds,
    signedBy: input.signedBy,
    requestId: input.requestId,
  });
  await decisions.renderDecisionDocuments({ decisionId: issued.decisionId });
  for (const code of input.dossierCodes) await signalQuietly(code, decisionIssuedSignal, issued);
  return issued;
}
