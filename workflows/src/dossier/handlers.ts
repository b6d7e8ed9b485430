import { condition, type CancellationScope, setHandler } from '@temporalio/workflow';
import {
  calendarChangedSignal,
  completeTaskUpdate,
  councilAgendaSignal,
  councilResultSignal,
  DossierTaskType,
  decisionIssuedSignal,
  dossierRecordedUpdate,
  dossierStateQuery,
  externalOutcomeSignal,
  fileObjectionUpdate,
  initiativeDecidedSignal,
  supplementUpdate,
  taskHolderChangedSignal,
  type SeparationOfDutiesAction,
  separationOfDutiesViolation,
  type ObjectionRequest,
  type SupplementRequest,
  type WithdrawRequest,
  type TaskCompletion,
  validateTaskOutcome,
  withdrawUpdate,
  Role,
} from '@tdkt/contracts';
import { rejectUpdate } from '../shared/rejections';
import {
  assertCandidate,
  validateCompletion as validateStepCompletion,
} from '../shared/human-step';
import type { DossierRun } from './dossier-run';
import { reviewObjection } from './stages/disclosure';

/** The separation-of-duties action each independent task stands for. */
const SOD_ACTIONS: Partial<Record<string, SeparationOfDutiesAction>> = {
  [DossierTaskType.review]: 'review',
  [DossierTaskType.objectionReview]: 'review',
  [DossierTaskType.decision]: 'decide',
};

/**
 * Registers every message the dossier workflow answers. Validators reject, before anything is
 * recorded, an action not allowed now, by this person, for this task; the API turns their error codes
 * into 409/403/400 answers.
 */
export function registerDossierHandlers(run: DossierRun, main: CancellationScope): void {
  setHandler(dossierStateQuery, () => run.state);

  setHandler(calendarChangedSignal, (change) => {
    if (change.revision > (run.calendarChange?.revision ?? 0)) run.calendarChange = change;
  });

  setHandler(dossierRecordedUpdate, async () => {
    await condition(() => run.state.recorded);
    return run.state;
  });

  setHandler(completeTaskUpdate, (completion: TaskCompletion) => settle(run, completion), {
    validator: (completion: TaskCompletion) => validateCompletion(run, completion),
  });

  setHandler(
    supplementUpdate,
    (request: SupplementRequest) => {
      const step = run.steps.ofType(DossierTaskType.supplement)[0];
      if (step === undefined) throw new Error('no supplement step is open');
      const outcome: Record<string, unknown> = {};
      if (request.note !== undefined) outcome.note = request.note;
      if (request.attachmentIds !== undefined) outcome.attachmentIds = request.attachmentIds;
      return settle(run, { taskKey: step.taskKey, actor: request.actor, outcome });
    },
    {
      validator: (request: SupplementRequest) => {
        const step = run.steps.ofType(DossierTaskType.supplement)[0];
        if (step === undefined)
          rejectUpdate('STAGE_NOT_ALLOWED', 'the dossier is not waiting for supplementation');
        assertCandidate(step.candidates, request.actor);
      },
    },
  );

  setHandler(
    withdrawUpdate,
    async (request: WithdrawRequest) => {
      run.withdrawal = { actorId: request.actor.userId, reason: request.reason };
      main.cancel();
      await condition(() => run.isClosed);
      return { stage: run.state.stage };
    },
    {
      validator: (request: WithdrawRequest) => {
        if (run.isClosed || run.withdrawal !== null)
          rejectUpdate('STAGE_NOT_ALLOWED', 'the dossier is already closed');
        if (
          !request.actor.roles.some((role) => role === Role.UNIT_OFFICER || role === Role.UNIT_HEAD)
        ) {
          rejectUpdate('NOT_A_CANDIDATE', 'only the proposing unit may withdraw its dossier');
        }
        if (request.reason.trim() === '') {
          rejectUpdate('INVALID_OUTCOME', 'a reason is required', [
            {
              field: 'reason',
              rule: 'isNotEmpty',
              message: { vi: 'Cần nêu lý do rút hồ sơ.', en: 'Give a reason for withdrawing.' },
            },
          ]);
        }
      },
    },
  );

  setHandler(
    fileObjectionUpdate,
    async (request: ObjectionRequest) => {
      const objection = {
        id: `${run.objections.length + 1}`,
        filedBy: request.filedBy,
        filerName: request.filerName,
        text: request.text,
        taskOpened: false,
        upheld: null,
      };
      run.objections.push(objection);
      run.objectionReviews.push(reviewObjection(run, objection));
      await condition(() => objection.taskOpened);
      return { objectionId: objection.id };
    },
    {
      validator: (request: ObjectionRequest) => {
        if (!run.disclosureOpen)
          rejectUpdate(
            'STAGE_NOT_ALLOWED',
            'objections are accepted only during public disclosure',
          );
        if (request.text.trim() === '' || request.filerName.trim() === '') {
          rejectUpdate(
            'INVALID_OUTCOME',
            'the objection needs a text and the name of who files it',
            [
              {
                field: 'text',
                rule: 'isNotEmpty',
                message: {
                  vi: 'Nội dung phản ánh không được để trống.',
                  en: 'The objection text must not be empty.',
                },
              },
            ],
          );
        }
      },
    },
  );

  setHandler(councilAgendaSignal, (agenda) => {
    run.agendaChanges.push(agenda);
  });
  setHandler(councilResultSignal, (result) => {
    if (
      !run.councilResults.some(
        (known) => known.meetingId === result.meetingId && known.level === result.level,
      )
    ) {
      run.councilResults.push(result);
    }
  });
  setHandler(initiativeDecidedSignal, (decision) => {
    run.initiativeDecisions.set(decision.initiativeId, {
      recognized: decision.recognized,
      reason: decision.reason,
    });
  });
  setHandler(decisionIssuedSignal, (decision) => {
    run.batchDecision ??= decision;
  });
  setHandler(externalOutcomeSignal, (outcome) => {
    run.externalOutcome ??= outcome;
  });
  setHandler(taskHolderChangedSignal, ({ taskKey, assigneeId, at }) => {
    run.noteTaskHolder(taskKey, assigneeId, at);
  });
}

/** Hands the completion to the waiting step, and answers once its consequence is recorded. */
async function settle(run: DossierRun, completion: TaskCompletion) {
  run.steps.complete(completion);
  await condition(() => run.settled.has(completion.taskKey) || run.isClosed);
  return { accepted: true as const, stage: run.state.stage };
}

function validateCompletion(run: DossierRun, completion: TaskCompletion): void {
  validateStepCompletion(run.steps, completion, {
    separationOfDuties: (step, actor) => {
      const action = SOD_ACTIONS[step.type];
      if (action === undefined) return;
      for (const author of [run.input.authorId, run.input.submittedBy]) {
        const violation = separationOfDutiesViolation({
          actorId: actor.userId,
          action,
          dossierAuthorId: author,
        });
        if (violation !== null) rejectUpdate('SEPARATION_OF_DUTIES', violation);
      }
    },
    outcomeProblems: (step, outcome) => validateTaskOutcome(step.type, outcome),
  });
}
