import { createHash } from 'node:crypto';
import { AppError, invalidTextFields } from '@tdkt/contracts';
import type { EntityManager } from 'typeorm';
import type { DocumentModel } from './document-model';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';
import { fileSlug } from './vietnamese-format';

/** A generated document as stored, without its bytes. */
export interface StoredDocument {
  id: string;
  kind: string;
  title: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

export const CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** Who a document belongs to, for listing and for the unit its readers must have in scope. */
export interface DocumentOwner {
  ownerType: 'decision' | 'council_meeting' | 'initiative';
  ownerId: string;
  unitId: string;
  /** The dossier the document is about, e.g. a certificate's awardee: its unit reads it too. */
  dossierId?: string;
}

/**
 * Renders a model in the given formats and stores each file with its SHA-256, once per idempotency
 * key: a retried activity finds the documents it stored before and renders nothing new.
 */
export async function storeRenderedDocuments(
  manager: EntityManager,
  owner: DocumentOwner,
  spec: { kind: string; idempotencyKey: string; model: DocumentModel; formats: ('pdf' | 'docx')[] },
): Promise<StoredDocument[]> {
  assertRenderable(spec.model);
  const stored: StoredDocument[] = [];
  for (const format of spec.formats) {
    const key = `${spec.idempotencyKey}:${format}`;
    const [existing] = await manager.query<StoredDocument[]>(
      `SELECT id, kind, title, file_name AS "fileName", content_type AS "contentType", size_bytes AS "sizeBytes", sha256
         FROM documents WHERE idempotency_key = $1`,
      [key],
    );
    if (existing !== undefined) {
      stored.push(existing);
      continue;
    }
    const content = format === 'pdf' ? await renderPdf(spec.model) : await renderDocx(spec.model);
    const document = {
      kind: `${spec.kind}-${format}`,
      title: spec.model.title,
      fileName: `${fileSlug(spec.model.title)}.${format}`,
      contentType: CONTENT_TYPES[format],
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
    };
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO documents (owner_type, owner_id, kind, unit_id, title, file_name, content_type, size_bytes, sha256, idempotency_key, dossier_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        owner.ownerType,
        owner.ownerId,
        document.kind,
        owner.unitId,
        document.title,
        document.fileName,
        document.contentType,
        document.sizeBytes,
        document.sha256,
        key,
        owner.dossierId ?? null,
      ],
    );
    if (row === undefined) throw new Error('documents returned no row');
    await manager.query(`INSERT INTO document_contents (document_id, content) VALUES ($1, $2)`, [
      row.id,
      content,
    ]);
    stored.push({ id: row.id, ...document });
  }
  return stored;
}

/**
 * XML (so DOCX) and PDF text cannot carry NUL, other C0 controls or lone surrogates; text stored
 * before the API refused them must stop the rendering with the fields named, not produce a broken file.
 */
export function assertRenderable(model: DocumentModel): void {
  const errors = invalidTextFields({ title: model.title, blocks: model.blocks });
  if (errors.length > 0) throw new AppError('DOCUMENT_TEXT_NOT_RENDERABLE', errors);
}

/** The documents stored for an owner, oldest first. */
export function documentsOf(
  manager: EntityManager,
  ownerType: DocumentOwner['ownerType'],
  ownerId: string,
): Promise<StoredDocument[]> {
  return manager.query<StoredDocument[]>(
    `SELECT id, kind, title, file_name AS "fileName", content_type AS "contentType", size_bytes AS "sizeBytes", sha256
       FROM documents WHERE owner_type = $1 AND owner_id = $2 ORDER BY created_at, kind`,
    [ownerType, ownerId],
  );
}
