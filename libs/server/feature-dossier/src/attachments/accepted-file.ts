import { AppError } from '@tdkt/contracts';
import {
  ACCEPTED_FILE_TYPES,
  type AcceptedFileType,
  detectFileType,
  pdfActiveContent,
} from './file-type';

/** The largest file a dossier or an initiative's application takes. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/**
 * The type of an uploaded file by its bytes, or a refusal naming the field and the rule: only PDF
 * (without content that runs by itself), DOCX, XLSX, JPG and PNG, at most 20 MB.
 */
export function acceptedFileType(content: Buffer): AcceptedFileType {
  const contentType = detectFileType(content);
  if (contentType === null) {
    throw new AppError('UNSUPPORTED_FILE_TYPE', [
      {
        field: 'file',
        rule: 'fileType',
        message: {
          vi: 'Chỉ nhận tệp PDF, DOCX, XLSX, JPG, PNG (kiểm tra theo nội dung tệp; không nhận tệp có macro hay tệp thực thi).',
          en: 'Only PDF, DOCX, XLSX, JPG and PNG files are accepted (checked by content; no macros or executables).',
        },
      },
    ]);
  }
  if (content.length > MAX_ATTACHMENT_BYTES) throw new AppError('PAYLOAD_TOO_LARGE');
  const active = contentType === ACCEPTED_FILE_TYPES.pdf ? pdfActiveContent(content) : [];
  if (active.length > 0) {
    throw new AppError('UNSUPPORTED_FILE_TYPE', [
      {
        field: 'file',
        rule: 'pdfActiveContent',
        message: {
          vi: `Tệp PDF chứa nội dung tự chạy (${active.join(', ')}), không được nhận. Hãy in tệp ra PDF (Print to PDF) rồi tải lên lại.`,
          en: `The PDF holds content that runs by itself (${active.join(', ')}) and is not accepted. Print it to PDF again and upload that.`,
        },
      },
    ]);
  }
  return contentType;
}

/** The name without any path, control characters or quotes, at most 200 characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|*?:]/g, '_').trim();
  return (cleaned === '' ? 'tep-dinh-kem' : cleaned).slice(0, 200);
}
