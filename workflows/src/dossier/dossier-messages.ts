import type { CalendarChange } from '@tdkt/contracts';

/** A council result delivered by a council meeting workflow. */
export interface CouncilResult {
  meetingId: string;
  level: string;
  passed: boolean;
  votesFor: number;
  membersTotal: number;
  present: number;
}

/** An objection filed during public disclosure and the state of its review. */
export interface Objection {
  id: string;
  filedBy: string | null;
  filerName: string;
  text: string;
  /** Set when its review task is in the inbox, so the filing update can answer. */
  taskOpened: boolean;
  upheld: boolean | null;
}

/**
 * What other workflows and people have told a dossier (signals and updates), kept until the stage
 * that acts on it reads it.
 */
export class DossierMessages {
  readonly councilResults: CouncilResult[] = [];
  /** Agenda changes not yet recorded in the timeline. */
  readonly agendaChanges: { meetingId: string; meetingDate: string; placed: boolean }[] = [];
  readonly initiativeDecisions = new Map<string, { recognized: boolean; reason: string | null }>();
  readonly objections: Objection[] = [];
  readonly objectionReviews: Promise<void>[] = [];
  disclosureOpen = false;
  batchDecision: { decisionId: string; number: string; signedOn: string; signedBy: string } | null =
    null;
  externalOutcome: {
    approved: boolean;
    reference: string;
    reason: string | null;
    decisionNumber: string | null;
    decidedOn: string | null;
  } | null = null;
  withdrawal: { actorId: string; reason: string } | null = null;
  /** The latest holiday publication this dossier was told of; open steps recompute their deadlines. */
  calendarChange: CalendarChange | null = null;
}
