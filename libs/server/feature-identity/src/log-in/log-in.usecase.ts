import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type AuthenticatedUser } from '@tdkt/contracts';
import { appendAudit, type AuditEntry, updateReturning } from '@tdkt/server-database';
import type { DataSource, EntityManager } from 'typeorm';
import { anonymousAuditContext } from '../actor';
import { loadActiveUser } from '../authenticate/load-active-user';
import { verifyPassword } from '../credentials/password-hasher';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options';
import { SessionIssuer } from '../sessions/session-issuer.service';
import type { TokenPair } from '../sessions/token-pair';

export interface LogInCommand {
  username: string;
  password: string;
  requestId: string | null;
  /** Recorded in the audit trail of failed and successful attempts. */
  clientIp: string | null;
}

export interface LogInResult {
  tokens: TokenPair;
  user: AuthenticatedUser;
}

interface Account {
  id: string;
  unit_id: string;
  password_hash: string | null;
  failed_login_count: number;
  locked: boolean;
  disabled: boolean;
}

/**
 * Log-in with a local password. Every failure, whatever its cause (unknown user, wrong password,
 * locked or disabled account), answers the same INVALID_CREDENTIALS after the same amount of work,
 * so that the answer does not tell which usernames exist. After `maxFailedLogins` consecutive
 * failures the account is locked for `lockoutSeconds`.
 */
@Injectable()
export class LogInUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly sessions: SessionIssuer,
  ) {}

  async execute(command: LogInCommand): Promise<LogInResult> {
    const username = command.username.trim().toLowerCase();
    // Failures are committed (counter, lock, audit) before the error is thrown.
    const result = await this.dataSource.transaction((manager) =>
      this.attempt(manager, username, command),
    );
    if (result === null) throw new AppError('INVALID_CREDENTIALS');
    return result;
  }

  private async attempt(
    manager: EntityManager,
    username: string,
    command: LogInCommand,
  ): Promise<LogInResult | null> {
    const [account] = await manager.query<Account[]>(
      `SELECT id, unit_id, password_hash, failed_login_count,
              coalesce(locked_until > now(), false) AS locked, disabled_at IS NOT NULL AS disabled
         FROM users WHERE username = $1 FOR UPDATE`,
      [username],
    );
    if (account === undefined) {
      await verifyPassword(null, command.password);
      return null;
    }
    const audit: Omit<AuditEntry, 'action'> = {
      ...anonymousAuditContext(command.requestId),
      entityType: 'user',
      entityId: account.id,
      unitId: account.unit_id,
    };
    if (account.disabled || account.locked) {
      await verifyPassword(null, command.password);
      await appendAudit(manager, {
        ...audit,
        action: 'auth.login_failed',
        after: { reason: account.disabled ? 'disabled' : 'locked', clientIp: command.clientIp },
      });
      return null;
    }
    if (!(await verifyPassword(account.password_hash, command.password))) {
      await this.recordFailure(manager, account, audit, command.clientIp);
      return null;
    }
    if (account.failed_login_count > 0) {
      await manager.query(
        `UPDATE users SET failed_login_count = 0, locked_until = NULL, updated_at = now() WHERE id = $1`,
        [account.id],
      );
    }
    const { sessionId, tokens } = await this.sessions.start(manager, account.id, 'password');
    await appendAudit(manager, {
      actorKind: 'user',
      actorId: account.id,
      requestId: command.requestId,
      action: 'auth.logged_in',
      entityType: 'session',
      entityId: sessionId,
      unitId: account.unit_id,
      after: { method: 'password', clientIp: command.clientIp },
    });
    const user = await loadActiveUser(manager, account.id);
    if (user === null) throw new Error(`user ${account.id} vanished during log-in`);
    return { tokens, user };
  }

  private async recordFailure(
    manager: EntityManager,
    account: Account,
    audit: Omit<AuditEntry, 'action'>,
    clientIp: string | null,
  ): Promise<void> {
    const failures = account.failed_login_count + 1;
    const lock = failures >= this.options.maxFailedLogins;
    const [updated] = await updateReturning<{ locked_until: Date | null }>(
      manager,
      `UPDATE users
          SET failed_login_count = $2,
              locked_until = CASE WHEN $3 THEN now() + make_interval(secs => $4) ELSE NULL END,
              updated_at = now()
        WHERE id = $1
        RETURNING locked_until`,
      // A lock starts a fresh count, so that after it expires the person has every attempt again.
      [account.id, lock ? 0 : failures, lock, this.options.lockoutSeconds],
    );
    await appendAudit(manager, {
      ...audit,
      action: 'auth.login_failed',
      after: { reason: 'wrong_password', consecutiveFailures: failures, clientIp },
    });
    if (lock) {
      await appendAudit(manager, {
        ...audit,
        actorKind: 'system',
        action: 'user.locked',
        before: { lockedUntil: null },
        after: { lockedUntil: updated?.locked_until?.toISOString() ?? null, failures },
      });
    }
  }
}
