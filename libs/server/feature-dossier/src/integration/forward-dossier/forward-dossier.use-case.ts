import { Injectable } from '@nestjs/common';
import type { DossierWorkflowInput } from '@tdkt/contracts';
import { ServerConfig } from '@tdkt/server-config';
import { SIGNATURE_HEADER, signBody, TIMESTAMP_HEADER } from '../signature';

/**
 * Sends a dossier, with its local results, to another system that runs the next level. Signed with
 * HMAC-SHA256; the Idempotency-Key lets the receiver ignore a retried delivery. Throws on anything but
 * 2xx so that Temporal retries it (and operators see it retrying).
 */
@Injectable()
export class ForwardDossierUseCase {
  constructor(private readonly config: ServerConfig) {}

  async execute(request: {
    endpoint: string;
    input: DossierWorkflowInput;
    level: string;
  }): Promise<{ reference: string }> {
    const secret = this.config.INTEGRATION_HMAC_SECRET;
    if (!secret)
      throw new Error(
        'INTEGRATION_HMAC_SECRET is not set: cannot sign a dossier sent to another system',
      );
    const body = JSON.stringify({
      dossier: request.input,
      level: request.level,
      callbackUrl: `${this.config.PUBLIC_API_URL}/api/v1/integrations/dossiers/${request.input.code}/outcome`,
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const response = await fetch(request.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': `${request.input.code}:${request.level}`,
        [TIMESTAMP_HEADER]: timestamp,
        [SIGNATURE_HEADER]: signBody(secret, timestamp, request.input.code, body),
      },
      body,
      signal: AbortSignal.timeout(20_000),
    });
    if (!response.ok) {
      throw new Error(
        `${request.endpoint} answered ${response.status}: ${(await response.text()).slice(0, 300)}`,
      );
    }
    const reference = referenceIn(await response.text());
    return { reference: reference ?? `${request.input.code}:${request.level}` };
  }
}

/**
 * The receiver's own reference, when its 2xx answer is JSON with a string `reference`. Any other 2xx
 * answer (no body, text) still means the dossier was taken: failing here would only send it again
 * and again while the dossier never moved on.
 */
function referenceIn(text: string): string | null {
  try {
    const answer = JSON.parse(text) as unknown;
    return typeof answer === 'object' &&
      answer !== null &&
      'reference' in answer &&
      typeof answer.reference === 'string' &&
      answer.reference !== ''
      ? answer.reference
      : null;
  } catch {
    return null;
  }
}
