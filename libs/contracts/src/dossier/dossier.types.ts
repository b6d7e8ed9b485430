import type { RoleGrant } from '../identity/authenticated-user';

/** Where a dossier stands. The workflow owns it; the read model and search attributes mirror it. */
export const DossierStage = {
  SUBMITTED: 'SUBMITTED',
} as const;
export type DossierStage = (typeof DossierStage)[keyof typeof DossierStage];

export type NomineeKind = 'individual' | 'collective';

export interface Nominee {
  kind: NomineeKind;
  /** Full name of the person, or the collective's name. */
  name: string;
}

/** What a dossier workflow starts with. Everything here is recorded in the workflow history. */
export interface DossierWorkflowInput {
  dossierId: string;
  /** Business code, e.g. HS-2024-000123; also the workflow id. */
  code: string;
  year: number;
  awardCode: string;
  proposingUnitId: string;
  nominee: Nominee;
  achievementsSummary: string;
  submittedAt: string;
  /** The user who submitted (the dossier's author); null for dossiers submitted before sign-in existed. */
  submittedBy: string | null;
  /** The role and unit the submitter acted under, for the audit trail; absent in older histories. */
  submittedAs?: RoleGrant | null;
  /** The API request that submitted, for the audit trail. */
  requestId: string | null;
}

/** What the workflow tells about itself through the state query. */
export interface DossierWorkflowState {
  stage: DossierStage;
  /** True once the read model holds the dossier row. */
  recorded: boolean;
}

/** How a dossier workflow ended. */
export interface DossierOutcome {
  stage: DossierStage;
}

/** The dossier workflow's signature, for typed starts by name from code that cannot import workflows/. */
export type DossierWorkflow = (input: DossierWorkflowInput) => Promise<DossierOutcome>;
