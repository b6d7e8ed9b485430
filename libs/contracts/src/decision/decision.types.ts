/** What a batch decision workflow starts with: the leader's approval of dossiers awaiting it. */
export interface DecisionWorkflowInput {
  decisionId: string;
  /** The deciding level's unit, which issues and numbers the decision. */
  issuerUnitId: string;
  level: string;
  dossierIds: string[];
  /** The listed dossiers' codes (their workflow ids), in the same order, to signal them. */
  dossierCodes: string[];
  signedBy: string;
  requestId: string | null;
}

/** A numbered decision as issued. */
export interface IssuedDecision {
  decisionId: string;
  /** e.g. `125/QĐ-UBND`. */
  number: string;
  signedOn: string;
  signedBy: string;
}

/** A decision's documents once rendered and stored. */
export interface DecisionDocuments {
  documentIds: string[];
}
