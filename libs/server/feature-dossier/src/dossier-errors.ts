import { AppError } from '@tdkt/contracts';

export function dossierNotFound(): AppError {
  return new AppError('DOSSIER_NOT_FOUND');
}

/** The dossier is past the draft stage, so its content can no longer be edited. */
export function notADraft(stage: string): AppError {
  return new AppError('STAGE_NOT_ALLOWED', [
    {
      field: 'stage',
      rule: 'draft',
      message: {
        vi: `Hồ sơ đang ở bước ${stage}; chỉ sửa được khi còn là bản nháp.`,
        en: `The dossier is at stage ${stage}; only drafts can be edited.`,
      },
    },
  ]);
}
