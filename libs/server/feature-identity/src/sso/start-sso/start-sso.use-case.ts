import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OidcClient } from '../oidc-client';

/** How long a person has to sign in at the provider and come back. */
const LOGIN_REQUEST_TTL_SECONDS = 600;

/**
 * Starts single sign-on: remembers a fresh state, nonce and PKCE verifier for the callback, and
 * answers the provider's authorization URL to send the browser to.
 */
@Injectable()
export class StartSsoUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly oidc: OidcClient,
  ) {}

  async execute(command: { loginHint?: string }): Promise<string> {
    const state = randomBytes(32).toString('base64url');
    const nonce = randomBytes(32).toString('base64url');
    const codeVerifier = randomBytes(32).toString('base64url');
    const url = await this.oidc.authorizationUrl({
      state,
      nonce,
      codeChallenge: createHash('sha256').update(codeVerifier).digest('base64url'),
      loginHint: command.loginHint,
    });
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM oidc_login_requests WHERE expires_at <= now()`);
      await manager.query(
        `INSERT INTO oidc_login_requests (state, nonce, code_verifier, expires_at)
         VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
        [state, nonce, codeVerifier, LOGIN_REQUEST_TTL_SECONDS],
      );
    });
    return url;
  }
}
