import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { TaskActor } from '../inbox/inbox.messages';
import type { InitiativeDecision } from './dossier.activities';
import type { DossierStage, DossierWorkflowState } from './dossier.types';

/** Current stage, open tasks and timeline of a dossier workflow. */
export const dossierStateQuery = defineQuery<DossierWorkflowState>('dossierState');

/**
 * Resolves once the read model shows the dossier as submitted. Sent right after the start so that a
 * submit answers with a dossier that can already be read back.
 */
export const dossierRecordedUpdate = defineUpdate<DossierWorkflowState>('dossierRecorded');

export interface DossierUpdateResult {
  stage: DossierStage;
}

export interface SupplementRequest {
  actor: TaskActor;
  note?: string;
  attachmentIds?: string[];
}

export interface WithdrawRequest {
  actor: TaskActor;
  reason: string;
}

export interface ObjectionRequest {
  filedBy: string | null;
  filerName: string;
  text: string;
}

/** The proposing unit resubmits a returned dossier (same as completing its supplement task). */
export const supplementUpdate = defineUpdate<DossierUpdateResult, [SupplementRequest]>(
  'supplement',
);

/** The proposing unit withdraws its dossier; open tasks are cancelled. */
export const withdrawUpdate = defineUpdate<DossierUpdateResult, [WithdrawRequest]>('withdraw');

/** An objection during public disclosure; opens a review task for the level's reviewers. */
export const fileObjectionUpdate = defineUpdate<{ objectionId: string }, [ObjectionRequest]>(
  'fileObjection',
);

/** A council meeting put the dossier on its agenda, or took it off again. */
export const councilAgendaSignal =
  defineSignal<[{ meetingId: string; meetingDate: string; placed: boolean }]>('councilAgenda');

/** A closed council meeting's result for this dossier. */
export const councilResultSignal = defineSignal<
  [
    {
      meetingId: string;
      level: string;
      passed: boolean;
      votesFor: number;
      membersTotal: number;
      present: number;
    },
  ]
>('councilResult');

/** An initiative the dossier relies on was recognised or refused. */
export const initiativeDecidedSignal = defineSignal<[InitiativeDecision]>('initiativeDecided');

/** A leader's batch decision listed this dossier (numbered decisions come from the decisions module). */
export const decisionIssuedSignal =
  defineSignal<[{ decisionId: string; number: string; signedOn: string; signedBy: string }]>(
    'decisionIssued',
  );

/** The outcome reported back by another system this dossier was forwarded to. */
export const externalOutcomeSignal = defineSignal<
  [
    {
      approved: boolean;
      reference: string;
      reason: string | null;
      decisionNumber: string | null;
      decidedOn: string | null;
    },
  ]
>('externalOutcome');

/**
 * Someone claimed, gave back or was assigned one of the dossier's tasks (the inbox owns that state);
 * the workflow mirrors the holder into its `Assignee` search attribute. `at` orders racing changes.
 */
export const taskHolderChangedSignal =
  defineSignal<[{ taskKey: string; assigneeId: string | null; at: string }]>('taskHolderChanged');
