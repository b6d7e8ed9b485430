import { type StoredDocument } from '../documents/store-document';
import type { InitiativeAttachmentView } from './initiative-attachments';

export interface InitiativeView {
  id: string;
  unitId: string;
  unitName: string;
  title: string;
  description: string;
  authorIds: string[];
  /** The authors by name, in the order of `authorIds`. */
  authorNames: string[];
  status: string;
  receivedOn: string;
  dueDate: string;
  scope: string | null;
  reasons: string | null;
  votesFor: number | null;
  membersTotal: number | null;
  decidedOn: string | null;
  usedByDossierId: string | null;
  /** The dossier the initiative backs (one use), by code, and the award it asks for. */
  usedBy: { code: string; awardCode: string; stage: string } | null;
  documents: StoredDocument[];
  /** The files lodged with the application. */
  attachments: InitiativeAttachmentView[];
}

export const COLUMNS = `i.id, i.unit_id AS "unitId", i.title, i.description, i.author_ids AS "authorIds", i.status,
  to_char(i.received_on, 'YYYY-MM-DD') AS "receivedOn", to_char(i.due_date, 'YYYY-MM-DD') AS "dueDate",
  i.scope, i.reasons, i.votes_for AS "votesFor", i.members_total AS "membersTotal",
  to_char(i.decided_on, 'YYYY-MM-DD') AS "decidedOn", u.dossier_id AS "usedByDossierId",
  n.name AS "unitName",
  ARRAY(SELECT a.full_name FROM unnest(i.author_ids) WITH ORDINALITY AS x(id, o) JOIN users a ON a.id = x.id ORDER BY x.o) AS "authorNames",
  CASE WHEN d.id IS NULL THEN NULL
       ELSE jsonb_build_object('code', d.code, 'awardCode', d.award_code, 'stage', d.stage) END AS "usedBy"`;

export const FROM = `initiatives i JOIN units n ON n.id = i.unit_id
  LEFT JOIN initiative_uses u ON u.initiative_id = i.id LEFT JOIN dossiers d ON d.id = u.dossier_id`;
