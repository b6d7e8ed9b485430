import { AppError } from '@tdkt/contracts';
import { InitiativeAttachmentEntity } from '@tdkt/server-database';
import type { EntityManager } from 'typeorm';

/** At most this many files on one application: the description, drawings, proof of its effect. */
export const MAX_INITIATIVE_FILES = 10;

/** A file of an application as listed (never its bytes). */
export interface InitiativeAttachmentView {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

/** The files lodged with an application, oldest first. */
export async function initiativeAttachmentsOf(
  manager: EntityManager,
  initiativeId: string,
): Promise<InitiativeAttachmentView[]> {
  const files = await manager
    .getRepository(InitiativeAttachmentEntity)
    .find({ where: { initiativeId }, order: { uploadedAt: 'ASC' } });
  return files.map(initiativeAttachmentViewOf);
}

export function initiativeAttachmentViewOf(
  file: InitiativeAttachmentEntity,
): InitiativeAttachmentView {
  return {
    id: file.id,
    fileName: file.fileName,
    contentType: file.contentType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    uploadedAt: new Date(file.uploadedAt).toISOString(),
  };
}

export function tooManyInitiativeFiles(): AppError {
  return new AppError('VALIDATION_FAILED', [
    {
      field: 'file',
      rule: 'maxFiles',
      message: {
        vi: `Mỗi đơn công nhận sáng kiến kèm tối đa ${MAX_INITIATIVE_FILES} tệp.`,
        en: `An initiative's application takes at most ${MAX_INITIATIVE_FILES} files.`,
      },
    },
  ]);
}
