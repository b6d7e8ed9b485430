import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { AppError } from '@tdkt/contracts';
import { ServerConfig } from '@tdkt/server-config';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from '@tdkt/server-feature-dossier';
import type { Request } from 'express';

/**
 * Lets a callback through only with a valid HMAC signature over its timestamp, dossier code and raw
 * body. A guard runs before the body is validated, so an unsigned caller learns nothing about what
 * the body should hold: every unsigned request gets the same 401 INVALID_SIGNATURE.
 */
@Injectable()
export class SignedCallbackGuard implements CanActivate {
  constructor(private readonly config: ServerConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request & { rawBody?: Buffer }>();
    const secret = this.config.INTEGRATION_HMAC_SECRET;
    const code = String(request.params.code ?? '');
    const raw = request.rawBody?.toString('utf8') ?? '';
    if (
      !secret ||
      !verifySignature(
        secret,
        request.header(TIMESTAMP_HEADER),
        code,
        raw,
        request.header(SIGNATURE_HEADER),
      )
    )
      throw new AppError('INVALID_SIGNATURE');
    return true;
  }
}
