/** A task someone can act on, as the system under test names it. */
export interface OpenTask {
  id: string;
}

/** A dossier in the system under test: its id there, and the workflow that carries it. */
export interface DossierHandle {
  id: string;
  workflowId: string;
}

export type TaskKind = 'review' | 'supplement' | 'decision';

/**
 * A council of the level as the bench drives it: meetings are called, dossiers put on their agenda
 * until the meeting opens, and the meeting held (attendance, one ballot per dossier, close).
 */
export interface CouncilBackend {
  callMeeting(scheduledAt: Date): Promise<string>;
  /** False when the meeting has opened already and takes no more dossiers. */
  addToAgenda(meetingId: string, dossier: DossierHandle): Promise<boolean>;
  /** Holds the meeting; `closing` is called just before it is closed (when results leave it). */
  hold(meetingId: string, dossiers: readonly DossierHandle[], closing: () => void): Promise<void>;
}

/**
 * One system under test, driven through the people's steps of a dossier. Each action resolves when
 * the system has answered it; `awaitTask` resolves when the task is visible to the person it is for.
 */
export interface PathBackend {
  readonly name: string;
  readonly council: CouncilBackend;
  submit(index: number): Promise<DossierHandle>;
  awaitTask(dossier: DossierHandle, kind: TaskKind): Promise<OpenTask>;
  review(dossier: DossierHandle, task: OpenTask, decision: 'accept' | 'return'): Promise<void>;
  supplement(dossier: DossierHandle, task: OpenTask): Promise<void>;
  approve(dossier: DossierHandle, task: OpenTask): Promise<void>;
}
