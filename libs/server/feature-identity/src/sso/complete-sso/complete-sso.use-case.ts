import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JWTPayload } from 'jose';
import { AppError } from '@tdkt/contracts';
import { appendAudit, updateReturning } from '@tdkt/server-database';
import type { DataSource, EntityManager } from 'typeorm';
import { anonymousAuditContext } from '../../actor';
import { loadActiveUser } from '../../authenticate/load-active-user';
import type { LogInResult } from '../../log-in/log-in.use-case';
import { SessionIssuer } from '../../sessions/session-issuer.service';
import { OidcClient } from '../oidc-client';

/** What the provider sent back to the callback, plus where the request came from. */
export interface CompleteSsoCommand {
  code?: string;
  state?: string;
  /** The issuer that answered (RFC 9207); checked when the provider sends it. */
  iss?: string;
  /** Set instead of `code` when the provider refused (e.g. access_denied). */
  error?: string;
  requestId: string | null;
  clientIp: string | null;
}

interface LinkedUser {
  id: string;
  unit_id: string;
  disabled: boolean;
}

/**
 * Finishes single sign-on at the callback: checks the state (once), exchanges the code, verifies the
 * ID token and signs the person in. Nobody is created here: the provider's account must belong to an
 * existing user, found by an earlier link (issuer + subject) or, the first time, by username.
 */
@Injectable()
export class CompleteSsoUseCase {
  private readonly logger = new Logger(CompleteSsoUseCase.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly oidc: OidcClient,
    private readonly sessions: SessionIssuer,
  ) {}

  async execute(command: CompleteSsoCommand): Promise<LogInResult> {
    const usernameClaim = this.oidc.settings.usernameClaim;
    if (command.state === undefined) throw new AppError('SSO_FAILED');
    // Deleting makes the state single-use, whatever happens next.
    const [request] = await updateReturning<{ nonce: string; code_verifier: string }>(
      this.dataSource,
      `DELETE FROM oidc_login_requests WHERE state = $1 AND expires_at > now()
       RETURNING nonce, code_verifier`,
      [command.state],
    );
    if (request === undefined || command.code === undefined || command.error !== undefined) {
      this.logger.warn(
        { requestId: command.requestId, providerError: command.error, knownState: !!request },
        'single sign-on callback refused',
      );
      throw new AppError('SSO_FAILED');
    }
    let claims: JWTPayload;
    try {
      claims = await this.oidc.signIn({
        code: command.code,
        codeVerifier: request.code_verifier,
        nonce: request.nonce,
        responseIssuer: command.iss,
      });
    } catch (error) {
      this.logger.warn({ err: error, requestId: command.requestId }, 'single sign-on failed');
      throw new AppError('SSO_FAILED');
    }
    const issuer = String(claims.iss);
    const subject = String(claims.sub);
    const username = claims[usernameClaim];
    const outcome = await this.dataSource.transaction(async (manager) => {
      const user = await this.findOrLink(manager, issuer, subject, username, command.requestId);
      if (user === null || user.disabled) {
        await appendAudit(manager, {
          ...anonymousAuditContext(command.requestId),
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: user?.id ?? subject,
          unitId: user?.unit_id ?? null,
          after: {
            method: 'oidc',
            reason: user === null ? 'not_provisioned' : 'disabled',
            issuer,
            subject,
            clientIp: command.clientIp,
          },
        });
        return user === null ? 'SSO_ACCOUNT_NOT_PROVISIONED' : 'ACCOUNT_DISABLED';
      }
      const { sessionId, tokens } = await this.sessions.start(manager, user.id, 'oidc');
      await appendAudit(manager, {
        actorKind: 'user',
        actorId: user.id,
        requestId: command.requestId,
        action: 'auth.logged_in',
        entityType: 'session',
        entityId: sessionId,
        unitId: user.unit_id,
        after: { method: 'oidc', issuer, clientIp: command.clientIp },
      });
      const profile = await loadActiveUser(manager, user.id);
      if (profile === null) throw new Error(`user ${user.id} vanished during sign-on`);
      return { tokens, user: profile };
    });
    if (typeof outcome === 'string') throw new AppError(outcome);
    return outcome;
  }

  private async findOrLink(
    manager: EntityManager,
    issuer: string,
    subject: string,
    username: unknown,
    requestId: string | null,
  ): Promise<LinkedUser | null> {
    const [linked] = await manager.query<LinkedUser[]>(
      `SELECT u.id, u.unit_id, u.disabled_at IS NOT NULL AS disabled
         FROM external_identities e JOIN users u ON u.id = e.user_id
        WHERE e.issuer = $1 AND e.subject = $2`,
      [issuer, subject],
    );
    if (linked !== undefined) return linked;
    if (typeof username !== 'string' || username === '') return null;
    const [byName] = await manager.query<LinkedUser[]>(
      `SELECT id, unit_id, disabled_at IS NOT NULL AS disabled FROM users WHERE username = $1
        AND NOT EXISTS (SELECT 1 FROM external_identities e WHERE e.user_id = users.id AND e.issuer = $2)`,
      [username.trim().toLowerCase(), issuer],
    );
    if (byName === undefined) return null;
    await manager.query(
      `INSERT INTO external_identities (user_id, issuer, subject) VALUES ($1, $2, $3)`,
      [byName.id, issuer, subject],
    );
    await appendAudit(manager, {
      actorKind: 'system',
      requestId,
      action: 'user.identity_linked',
      entityType: 'user',
      entityId: byName.id,
      unitId: byName.unit_id,
      after: { issuer, subject },
    });
    return byName;
  }
}
