import type {
  InitiativeOutcome,
  InitiativeScopeValue,
  InitiativeWorkflowInput,
} from './initiative.types';

/** Activities of the initiative workflow. */
export interface InitiativeActivities {
  /** Records the application and its receipt with the legal due date (months on the calendar). */
  receiveInitiative(input: InitiativeWorkflowInput): Promise<{ dueDate: string; dueAt: string }>;
  /** Renders the certificate or the written refusal, and records the decision; idempotent. */
  decideInitiative(request: {
    initiativeId: string;
    recognized: boolean;
    scope: InitiativeScopeValue | null;
    reasons: string | null;
    votesFor: number;
    membersTotal: number;
    decidedBy: string;
  }): Promise<InitiativeOutcome>;
  /** Workflow ids of open dossiers that cite the initiative. */
  dossiersCitingInitiative(request: { initiativeId: string }): Promise<string[]>;
}
