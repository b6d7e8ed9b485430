import { allHandlersFinished, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import {
  DossierStage,
  dossierRecordedUpdate,
  dossierStateQuery,
  type DossierOutcome,
  type DossierWorkflowInput,
  type DossierWorkflowState,
  type DossierActivities,
} from '@tdkt/contracts';

const { recordDossierSubmitted } = proxyActivities<DossierActivities>({
  startToCloseTimeout: '30 seconds',
  // The read model must eventually hold the dossier: retry through database outages, with backoff.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** The life of one commendation dossier, from submission onwards. Workflow id = dossier code. */
export async function dossierWorkflow(input: DossierWorkflowInput): Promise<DossierOutcome> {
  const state: DossierWorkflowState = { stage: DossierStage.SUBMITTED, recorded: false };
  setHandler(dossierStateQuery, () => state);
  setHandler(dossierRecordedUpdate, async () => {
    await condition(() => state.recorded);
    return state;
  });

  await recordDossierSubmitted(input);
  state.recorded = true;

  await condition(allHandlersFinished);
  return { stage: state.stage };
}
