import type { DecisionDocuments, IssuedDecision } from './decision.types';

/** Activities that issue numbered decisions and their documents; each is safe to retry. */
export interface DecisionActivities {
  /**
   * Takes the next number of the issuer and year and records the decision with its awardees, once
   * per idempotency key: a retry answers with the decision already issued.
   */
  issueDecision(request: {
    idempotencyKey: string;
    decisionId: string;
    issuerUnitId: string;
    level: string;
    dossierIds: string[];
    signedBy: string;
    requestId: string | null;
  }): Promise<IssuedDecision>;
  /** Renders the decision (DOCX, PDF) and a certificate per awardee; stored once per decision. */
  renderDecisionDocuments(request: { decisionId: string }): Promise<DecisionDocuments>;
}
