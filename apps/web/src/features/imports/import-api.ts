import { ApiError } from '../../api/errors';
import type { Schemas } from '../../api/client';
import { session } from '../../auth/session';

export type DossierImport = Schemas['DossierImportDto'];

/** Uploads a nomination list for a unit (multipart `file`); the answer is the validated import. */
export async function uploadList(proposingUnitId: string, file: File): Promise<DossierImport> {
  const token = await session.accessToken();
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(
      `/api/v1/dossier-imports?proposingUnitId=${encodeURIComponent(proposingUnitId)}`,
      {
        method: 'POST',
        headers: token ? { Authorization: `Bearer ${token}` } : {},
        body,
      },
    );
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', null);
  }
  let parsed: unknown = null;
  try {
    parsed = await response.json();
  } catch {
    // Not JSON: reported below as an unexpected answer.
  }
  if (!response.ok) throw ApiError.fromResponse(response.status, parsed);
  return parsed as DossierImport;
}

/** True while the worker is still making and submitting the list's dossiers. */
export function importRunning(status: DossierImport['status'] | undefined): boolean {
  return status === 'IMPORTING';
}
