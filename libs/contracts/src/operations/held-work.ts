/**
 * Work a workflow holds for an administrator: an activity failed on its input (PostgreSQL refused the
 * values, a document could not be rendered, a typed rule error) where retrying cannot help. The
 * workflow neither fails nor retries for ever: it waits, shows this in its memo, and calls the activity
 * again once an administrator has fixed the cause and asks it to retry.
 */
export interface HeldWork {
  /** The activity that failed, e.g. projectDossier, renderDecisionDocuments. */
  activityType: string;
  /** The failure's type: an error code (VALIDATION_FAILED, DOCUMENT_TEXT_NOT_RENDERABLE) or INPUT_REJECTED_BY_DATABASE. */
  failureType: string;
  /** The failure's message (never the input itself). */
  message: string;
  /** When the workflow started holding it. */
  since: string;
}

/** The memo key under which a workflow lists what it holds (absent when it holds nothing). */
export const HELD_WORK_MEMO = 'tdkt.heldWork';
