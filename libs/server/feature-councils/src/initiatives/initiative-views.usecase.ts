import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';
import { documentsOf, type StoredDocument } from '../documents/store-document';
import {
  InitiativeAttachmentsUseCase,
  type InitiativeAttachmentView,
} from './initiative-attachments.usecase';

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

const COLUMNS = `i.id, i.unit_id AS "unitId", i.title, i.description, i.author_ids AS "authorIds", i.status,
  to_char(i.received_on, 'YYYY-MM-DD') AS "receivedOn", to_char(i.due_date, 'YYYY-MM-DD') AS "dueDate",
  i.scope, i.reasons, i.votes_for AS "votesFor", i.members_total AS "membersTotal",
  to_char(i.decided_on, 'YYYY-MM-DD') AS "decidedOn", u.dossier_id AS "usedByDossierId",
  n.name AS "unitName",
  ARRAY(SELECT a.full_name FROM unnest(i.author_ids) WITH ORDINALITY AS x(id, o) JOIN users a ON a.id = x.id ORDER BY x.o) AS "authorNames",
  CASE WHEN d.id IS NULL THEN NULL
       ELSE jsonb_build_object('code', d.code, 'awardCode', d.award_code, 'stage', d.stage) END AS "usedBy"`;
const FROM = `initiatives i JOIN units n ON n.id = i.unit_id
  LEFT JOIN initiative_uses u ON u.initiative_id = i.id LEFT JOIN dossiers d ON d.id = u.dossier_id`;

/** Initiatives as people read them: receipt, due date, outcome, the award they back, documents. */
@Injectable()
export class InitiativeViewsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attachments: InitiativeAttachmentsUseCase,
  ) {}

  async get(id: string): Promise<InitiativeView> {
    const [row] = await this.dataSource.query<Omit<InitiativeView, 'documents' | 'attachments'>[]>(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE i.id = $1`,
      [id],
    );
    if (row === undefined) throw new AppError('INITIATIVE_NOT_FOUND');
    return {
      ...row,
      documents: await documentsOf(this.dataSource.manager, 'initiative', id),
      attachments: await this.attachments.list(id),
    };
  }

  list(scope: string[] | 'all'): Promise<Omit<InitiativeView, 'documents' | 'attachments'>[]> {
    // Its unit's, its authors' units' and the citing dossier's unit's, as one reads it by id.
    const filter =
      scope === 'all'
        ? 'TRUE'
        : `(i.unit_id = ANY($1::uuid[])
            OR EXISTS (SELECT 1 FROM users a WHERE a.id = ANY(i.author_ids) AND a.unit_id = ANY($1::uuid[]))
            OR EXISTS (SELECT 1 FROM dossiers d WHERE d.id = u.dossier_id AND d.proposing_unit_id = ANY($1::uuid[])))`;
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${FROM}
        WHERE ${filter} ORDER BY i.received_on DESC, i.created_at DESC LIMIT 200`,
      scope === 'all' ? [] : [scope],
    );
  }

  /** Workflow ids of the open dossiers that cite the initiative, to tell them of its decision. */
  async dossiersCiting(initiativeId: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ workflow_id: string }[]>(
      `SELECT workflow_id FROM dossiers
        WHERE initiative_ids ? $1 AND stage <> 'DRAFT' AND closed_at IS NULL ORDER BY code`,
      [initiativeId],
    );
    return rows.map((row) => row.workflow_id);
  }
}
