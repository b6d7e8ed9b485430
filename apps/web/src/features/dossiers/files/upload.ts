import { ApiError } from '../../../api/errors';
import type { Schemas } from '../../../api/client';
import { session } from '../../../auth/session';

export type Attachment = Schemas['AttachmentDto'];

/**
 * Uploads a file to a dossier (multipart, as `file` with its `documentCode`), reporting progress in
 * percent. A refusal (wrong type, too large, not editable now) comes back as an ApiError with the
 * API's bilingual message.
 */
export function uploadAttachment(
  dossierId: string,
  file: File,
  documentCode: string | undefined,
  onProgress: (percent: number) => void,
): Promise<Attachment> {
  return uploadFile<Attachment>(
    `/api/v1/dossiers/${encodeURIComponent(dossierId)}/attachments`,
    file,
    documentCode ? { documentCode } : {},
    onProgress,
  );
}

/**
 * Sends one file (multipart, as `file`, with its text fields) to an upload route behind the bearer
 * token. XMLHttpRequest, because fetch cannot report upload progress.
 */
export async function uploadFile<T>(
  url: string,
  file: File,
  fields: Record<string, string>,
  onProgress: (percent: number) => void,
): Promise<T> {
  const token = await session.accessToken();
  const body = new FormData();
  body.append('file', file, file.name);
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', null));
    request.onload = () => {
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(request.responseText);
      } catch {
        // Not JSON: reported below as an unexpected answer.
      }
      if (request.status >= 200 && request.status < 300) resolve(parsed as T);
      else reject(ApiError.fromResponse(request.status, parsed));
    };
    request.send(body);
  });
}

/** Downloads a file the API serves behind the bearer token, under its own name. */
export async function downloadFile(url: string, fileName: string): Promise<void> {
  const token = await session.accessToken();
  let response: Response;
  try {
    response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', null);
  }
  if (!response.ok) {
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      // Not JSON.
    }
    throw ApiError.fromResponse(response.status, body);
  }
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 30_000);
}

/** A file size as people read it: `245 KB`, `1,2 MB`. */
export function formatSize(bytes: number, lang: 'vi' | 'en'): string {
  const locale = lang === 'vi' ? 'vi-VN' : 'en-US';
  if (bytes < 1024 * 1024)
    return `${new Intl.NumberFormat(locale).format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}
