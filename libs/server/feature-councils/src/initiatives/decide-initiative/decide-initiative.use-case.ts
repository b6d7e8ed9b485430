import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  INITIATIVE_SCOPE_NAMES,
  type InitiativeActivities,
  type InitiativeOutcome,
  initiativeWorkflowId,
} from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import { documentDate } from '@tdkt/server-feature-dossier';
import type { DataSource } from 'typeorm';
import type { DocumentModel } from '../../documents/document-model';
import { storeRenderedDocuments } from '../../documents/store-document';
import {
  issuerHeaderLines,
  placeName,
  vietnameseLongDate,
} from '../../documents/vietnamese-format';

type DecideRequest = Parameters<InitiativeActivities['decideInitiative']>[0];

/**
 * Records the unit's decision on an initiative and issues the certificate (Giấy chứng nhận sáng kiến)
 * with its scope, or the written refusal with reasons, with their audit row, dated today in
 * Vietnam. Idempotent: a retry finds the decision and the documents
 * already stored.
 */
@Injectable()
export class DecideInitiativeUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute(request: DecideRequest): Promise<InitiativeOutcome> {
    const today = documentDate();
    return this.dataSource.transaction(async (manager) => {
      const [initiative] = await manager.query<
        {
          title: string;
          unit_id: string;
          unit_name: string;
          status: string;
          decided_on: string | null;
          authors: string[];
        }[]
      >(
        `SELECT i.title, i.unit_id, u.name AS unit_name, i.status, to_char(i.decided_on, 'YYYY-MM-DD') AS decided_on,
                ARRAY(SELECT full_name FROM users WHERE id = ANY(i.author_ids) ORDER BY full_name) AS authors
           FROM initiatives i JOIN units u ON u.id = i.unit_id WHERE i.id = $1 FOR UPDATE OF i`,
        [request.initiativeId],
      );
      if (initiative === undefined) throw new AppError('INITIATIVE_NOT_FOUND');
      const decidedOn = initiative.decided_on ?? today;
      if (initiative.status === 'RECEIVED') {
        await manager.query(
          `UPDATE initiatives SET status = $2, scope = $3, reasons = $4, votes_for = $5, members_total = $6,
                                  decided_on = $7, decided_by = $8, updated_at = now() WHERE id = $1`,
          [
            request.initiativeId,
            request.recognized ? 'RECOGNIZED' : 'REFUSED',
            request.scope,
            request.reasons,
            request.votesFor,
            request.membersTotal,
            decidedOn,
            request.decidedBy,
          ],
        );
        await appendAudit(manager, {
          action: request.recognized ? 'initiative.recognized' : 'initiative.refused',
          entityType: 'initiative',
          entityId: request.initiativeId,
          actorKind: 'user',
          actorId: request.decidedBy,
          unitId: initiative.unit_id,
          before: { status: 'RECEIVED' },
          after: {
            scope: request.scope,
            reasons: request.reasons,
            votesFor: request.votesFor,
            membersTotal: request.membersTotal,
          },
          workflowId: initiativeWorkflowId(request.initiativeId),
          idempotencyKey: `initiative:${request.initiativeId}:decided`,
        });
      }
      const documents = await storeRenderedDocuments(
        manager,
        { ownerType: 'initiative', ownerId: request.initiativeId, unitId: initiative.unit_id },
        {
          kind: request.recognized ? 'initiative-certificate' : 'initiative-refusal',
          idempotencyKey: `initiative:${request.initiativeId}:decision`,
          model: initiativeDocument(request, { ...initiative, decidedOn }),
          formats: ['pdf'],
        },
      );
      return {
        status: request.recognized ? 'RECOGNIZED' : 'REFUSED',
        scope: request.scope,
        reasons: request.reasons,
        votesFor: request.votesFor,
        membersTotal: request.membersTotal,
        decidedOn,
        documentIds: documents.map((document) => document.id),
      };
    });
  }
}

function initiativeDocument(
  request: DecideRequest,
  initiative: { title: string; unit_name: string; authors: string[]; decidedOn: string },
): DocumentModel {
  const header = {
    kind: 'header' as const,
    issuer: issuerHeaderLines(initiative.unit_name),
    number: null,
    placeAndDate: `${placeName(initiative.unit_name)}, ${vietnameseLongDate(initiative.decidedOn)}`,
  };
  const council = `Hội đồng sáng kiến biểu quyết: ${request.votesFor}/${request.membersTotal} thành viên đồng ý.`;
  if (request.recognized && request.scope !== null) {
    return {
      title: `Giấy chứng nhận sáng kiến ${initiative.title}`,
      date: initiative.decidedOn,
      blocks: [
        header,
        { kind: 'title', lines: ['GIẤY CHỨNG NHẬN SÁNG KIẾN'] },
        { kind: 'paragraph', text: `Chứng nhận sáng kiến: “${initiative.title}”`, bold: true },
        { kind: 'paragraph', text: `Tác giả: ${initiative.authors.join(', ')}.` },
        {
          kind: 'paragraph',
          text: `Phạm vi ảnh hưởng, hiệu quả áp dụng: ${INITIATIVE_SCOPE_NAMES[request.scope].vi}.`,
        },
        { kind: 'paragraph', text: council, italic: true },
        { kind: 'signature', left: [], titleLines: ['THỦ TRƯỞNG ĐƠN VỊ'], name: '' },
      ],
    };
  }
  return {
    title: `Thông báo không công nhận sáng kiến ${initiative.title}`,
    date: initiative.decidedOn,
    blocks: [
      header,
      { kind: 'title', lines: ['THÔNG BÁO', 'Về việc không công nhận sáng kiến'] },
      {
        kind: 'paragraph',
        text: `Đơn vị không công nhận sáng kiến “${initiative.title}” của tác giả ${initiative.authors.join(', ')}.`,
      },
      { kind: 'paragraph', text: `Lý do: ${request.reasons ?? ''}` },
      { kind: 'paragraph', text: council, italic: true },
      { kind: 'signature', left: [], titleLines: ['THỦ TRƯỞNG ĐƠN VỊ'], name: '' },
    ],
  };
}
