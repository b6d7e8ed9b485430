import type { LocalizedText } from '../localized-text';

/**
 * Something a reviewer should look at, found when the dossier was submitted (or resupplied): a
 * required document not attached, or a condition of the award the engine could not confirm from its
 * records. What the law makes a precondition refuses the submission instead; what rests on an
 * unconfirmed rule or on records the engine does not hold is only ever a finding.
 */
export interface SubmissionFinding {
  /** `DOCUMENT_MISSING`, or the eligibility reason's stable code (e.g. `REGISTRATION_REQUIRED`). */
  code: string;
  /** The field or document it concerns, e.g. `documents.TO_TRINH`, `nominee`. */
  field: string;
  message: LocalizedText;
  /** Where the rule comes from, as officials cite it (e.g. "Điều 84 khoản 1 điểm a Luật 06/2022/QH15"). */
  source: string | null;
  /** False when the rule's source is not confirmed from the official text. */
  confirmed: boolean;
}

/** The findings of the last submission check of a dossier, kept on it for the reviewer. */
export interface SubmissionChecks {
  checkedAt: string;
  ruleSetId: string;
  findings: SubmissionFinding[];
}
