import { type StoredDocument } from '../documents/store-document';

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
