import type { LocalizedText } from '../localized-text';

/** Where a complaint (khiếu nại) stands. */
export const ComplaintStatus = {
  /** Filed; the emulation office decides within the acceptance limit whether to accept it. */
  RECEIVED: 'RECEIVED',
  /** Refused acceptance with reasons (Luật Khiếu nại Art. 27; e.g. a case of Art. 11). */
  NOT_ACCEPTED: 'NOT_ACCEPTED',
  /** Accepted (thụ lý): verification, dialogue and the settlement decision within the limit. */
  ACCEPTED: 'ACCEPTED',
  UPHELD: 'UPHELD',
  PARTLY_UPHELD: 'PARTLY_UPHELD',
  REJECTED: 'REJECTED',
} as const;
export type ComplaintStatus = (typeof ComplaintStatus)[keyof typeof ComplaintStatus];

export const COMPLAINT_RESULTS = ['upheld', 'partly-upheld', 'rejected'] as const;
export type ComplaintResult = (typeof COMPLAINT_RESULTS)[number];

/** What a complaint is about: a commendation decision, or a refusal of a dossier. */
export type ComplaintSubjectKind = 'decision' | 'refusal';

/** What a complaint workflow starts with: the complaint as it was filed. */
export interface ComplaintWorkflowInput {
  complaintId: string;
  /** 1: first complaint (lần đầu); 2: second complaint (lần hai) after a first decision. */
  instance: 1 | 2;
  /** The first complaint a second one follows. */
  previousComplaintId: string | null;
  subjectKind: ComplaintSubjectKind;
  decisionId: string | null;
  dossierId: string;
  /** e.g. "HS-2026-000123 · Nguyễn Văn A", for tasks and notices. */
  label: string;
  /** The dossier as task reminders and overdue notices name it. */
  dossierCode: string;
  nomineeName: string;
  awardName: LocalizedText;
  /** The unit whose emulation office accepts and whose leader settles it. */
  handlingUnitId: string;
  complainantId: string;
  /** The complaint limits in force when it was filed (libs/domain COMPLAINT_RULES). */
  rulesId: string;
  /** Vùng sâu, vùng xa đi lại khó khăn: longer limits. */
  remote: boolean;
  /** What the complainant asks and why. */
  content: string;
  /** The day the complainant received or learned of the decision (or of the first settlement). */
  knownOn: string;
  filedOn: string;
  /** Days an objective obstacle kept them from complaining (Art. 9): not counted. */
  obstacleDays: number;
  obstacleReason: string | null;
  /** The last day of the filing window, obstacle days added. */
  filingLastDay: string;
  /** Filed after an unconfirmed limit: taken with a warning. */
  filedLate: boolean;
  requestId: string | null;
}

/** The emulation office's answer: accept (thụ lý), marking the case complex or not, or refuse with reasons. */
export type ComplaintAcceptanceOutcome =
  { accept: true; complex: boolean } | { accept: false; reasons: string };

/** The settlement decision (quyết định giải quyết khiếu nại). */
export interface ComplaintSettlementOutcome {
  result: ComplaintResult;
  reasons: string;
  /** What verification and the dialogue with the complainant found (Art. 29–30). */
  verification: string;
  /**
   * For an upheld complaint: what is done about it (the decision amended, the dossier reopened),
   * recorded with the settlement.
   */
  remedy?: string;
}

export interface ComplaintState {
  status: ComplaintStatus;
  recorded: boolean;
  /** The due date of the open step (acceptance or settlement), calendar days rolled to a working day. */
  dueDate: string | null;
}

/** The human steps of a complaint. */
export const ComplaintTaskType = {
  /** The emulation office accepts the complaint or refuses it with reasons. */
  accept: 'complaint.accept',
  /** The leader who issued the decision settles the complaint. */
  settle: 'complaint.settle',
} as const;
export type ComplaintTaskType = (typeof ComplaintTaskType)[keyof typeof ComplaintTaskType];

/** A step of a complaint recorded in the read model and told to the complainant. */
export interface ComplaintStepRecord {
  complaintId: string;
  status: ComplaintStatus;
  actorId: string | null;
  /** The due date of the next step, if one opens. */
  dueDate: string | null;
  complex?: boolean;
  reasons?: string | null;
  verification?: string | null;
  remedy?: string | null;
}
