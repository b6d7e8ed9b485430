import { allHandlersFinished, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import {
  completeTaskUpdate,
  councilAgendaSignal,
  councilResultSignal,
  type DossierStage,
  type SupplementRequest,
  supplementUpdate,
  type TaskCompletion,
} from '@tdkt/contracts';
import type { BaselineActivities } from './baseline-activities';
import { taskOpenedUpdate } from './baseline.messages';

export interface BaselineDossierInput {
  dossierId: string;
}

const { completeStage } = proxyActivities<BaselineActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '2 minutes' },
});

/**
 * The floor of what Temporal costs for the dossier's process: the same human steps as the dossier
 * workflow, answered through the same updates and signals in the same order (review with its return
 * for supplementation, the council's agenda and result, the leader's decision), and one no-op
 * activity where each stage's work would be. Nothing is validated, projected or notified.
 */
export async function baselineDossierWorkflow(input: BaselineDossierInput): Promise<string> {
  let stage: DossierStage = 'SUBMITTED';
  let open: { key: string; type: string } | null = null;
  const completions = new Map<string, TaskCompletion>();
  const settled = new Set<string>();
  let placed = false;
  let passed: boolean | null = null;

  const settle = async (completion: TaskCompletion) => {
    completions.set(completion.taskKey, completion);
    await condition(() => settled.has(completion.taskKey));
    return { accepted: true as const, stage };
  };
  const assertOpen = (taskKey: string) => {
    if (open?.key !== taskKey || completions.has(taskKey))
      throw new Error(`task ${taskKey} of ${input.dossierId} is not open`);
  };
  setHandler(completeTaskUpdate, settle, {
    validator: (completion: TaskCompletion) => assertOpen(completion.taskKey),
  });
  setHandler(
    supplementUpdate,
    (request: SupplementRequest) =>
      settle({ taskKey: open?.key ?? '', actor: request.actor, outcome: {} }),
    {
      validator: (_request: SupplementRequest) =>
        assertOpen(open?.type === 'supplement' ? open.key : ''),
    },
  );
  setHandler(taskOpenedUpdate, async (type: string) => {
    await condition(() => open?.type === type);
    return open?.key ?? '';
  });
  setHandler(councilAgendaSignal, () => {
    placed = true;
  });
  setHandler(councilResultSignal, (result) => {
    passed ??= result.passed;
  });

  /** Opens a human step after its stage's activity and waits for its completion. */
  const humanStep = async (key: string, type: string, stageName: DossierStage) => {
    await completeStage(`${type}.opened`);
    stage = stageName;
    open = { key, type };
    for (const done of completions.keys()) settled.add(done);
    await condition(() => completions.has(key));
    open = null;
    return completions.get(key)?.outcome ?? {};
  };

  for (let round = 1; ; round += 1) {
    const review = await humanStep(`review#${round}`, 'review', 'UNIT_REVIEW');
    if (review.decision === 'accept') break;
    await humanStep(`supplement#${round}`, 'supplement', 'SUPPLEMENTING');
  }
  await completeStage('council.awaited');
  stage = 'COUNCIL_PENDING';
  for (const done of completions.keys()) settled.add(done);
  await condition(() => placed && passed !== null);
  await humanStep('decision', 'decision', 'DECISION_PENDING');
  await completeStage('decision.approved');
  stage = 'APPROVED';
  for (const done of completions.keys()) settled.add(done);
  await condition(allHandlersFinished);
  return stage;
}
