import { type StoredDocument } from '../documents/store-document';

/** A revoked award: the revocation's number and date, its Art. 93(2) ground and the bonus to recover. */
export interface RevocationSummary {
  id: string;
  number: string;
  signedOn: string;
  ground: string;
  bonusToRecoverVnd: number;
}

/** The award's revocation as a JSON column, null while it stands; `r` is award_revocations. */
export const REVOCATION_SUMMARY_SQL = `CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object('id', r.id,
  'number', r.number, 'signedOn', to_char(r.signed_on, 'YYYY-MM-DD'), 'ground', r.ground,
  'bonusToRecoverVnd', r.bonus_to_recover_vnd::float8) END`;

export interface DecisionView {
  id: string;
  number: string;
  signedOn: string;
  signedBy: string;
  signerName: string;
  issuerUnitId: string;
  issuerName: string;
  level: string;
  title: string;
  awardees: {
    dossierId: string;
    code: string;
    position: number;
    nomineeName: string;
    unitName: string;
    awardCode: string;
    awardName: string;
    coefficientThousandths: number;
    bonusVnd: number;
    /** Set once the award is revoked (Law 06/2022 Art. 93): its certificate no longer stands. */
    revocation: RevocationSummary | null;
  }[];
  totalBonusVnd: number;
  documents: StoredDocument[];
}

export const DECISION_COLUMNS = `d.id, d.number, to_char(d.signed_on, 'YYYY-MM-DD') AS "signedOn", d.signed_by AS "signedBy",
  s.full_name AS "signerName", d.issuer_unit_id AS "issuerUnitId",
  unit_name_on(d.issuer_unit_id, d.signed_on) AS "issuerName", d.level, d.title`;

export const DECISIONS = `decisions d JOIN users s ON s.id = d.signed_by`;

/** A decision in a list: its number, date, issuer and signer, how many it awards and the bonuses. */
export type DecisionSummary = Omit<DecisionView, 'awardees' | 'documents'> & {
  awardeesTotal: number;
};
