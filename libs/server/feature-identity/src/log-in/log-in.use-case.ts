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
  disabled: boolean;
}

/** Failed log-ins of one account from one client address. */
interface Failures {
  failures: number;
  lockouts: number;
  blocked: boolean;
}

/** Where a log-in with no known address is counted. */
const UNKNOWN_ADDRESS = 'unknown';

/**
 * Log-in with a local password. Every failure, whatever its cause (unknown user, wrong password,
 * locked or disabled account), answers the same INVALID_CREDENTIALS after the same amount of work,
 * so that the answer does not tell which usernames exist. Failures count per account and client
 * address: after `maxFailedLogins` in a row from one address, that address is locked out of that
 * account for `lockoutSeconds`, twice as long at each further lock-out (at most
 * `maxLockoutSeconds`), while the person signs in from their own address as usual. A success from an
 * address clears its count; an administrator's `enable` clears them all.
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
      `SELECT id, unit_id, password_hash, disabled_at IS NOT NULL AS disabled
         FROM users WHERE username = $1 FOR UPDATE`,
      [username],
    );
    if (account === undefined) {
      await verifyPassword(null, command.password);
      return null;
    }
    const address = command.clientIp ?? UNKNOWN_ADDRESS;
    const [failures] = await manager.query<Failures[]>(
      `SELECT failures, lockouts, coalesce(blocked_until > now(), false) AS blocked
         FROM login_failures WHERE user_id = $1 AND client_address = $2 FOR UPDATE`,
      [account.id, address],
    );
    const audit: Omit<AuditEntry, 'action'> = {
      ...anonymousAuditContext(command.requestId),
      entityType: 'user',
      entityId: account.id,
      unitId: account.unit_id,
    };
    if (account.disabled || failures?.blocked === true) {
      await verifyPassword(null, command.password);
      await appendAudit(manager, {
        ...audit,
        action: 'auth.login_failed',
        after: { reason: account.disabled ? 'disabled' : 'locked', clientIp: command.clientIp },
      });
      return null;
    }
    if (!(await verifyPassword(account.password_hash, command.password))) {
      await this.recordFailure(manager, account, address, failures, audit, command.clientIp);
      return null;
    }
    if (failures !== undefined) {
      await manager.query(`DELETE FROM login_failures WHERE user_id = $1 AND client_address = $2`, [
        account.id,
        address,
      ]);
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
    address: string,
    previous: Failures | undefined,
    audit: Omit<AuditEntry, 'action'>,
    clientIp: string | null,
  ): Promise<void> {
    const failures = (previous?.failures ?? 0) + 1;
    const lock = failures >= this.options.maxFailedLogins;
    const lockouts = previous?.lockouts ?? 0;
    const lockSeconds = Math.min(
      this.options.lockoutSeconds * 2 ** lockouts,
      this.options.maxLockoutSeconds,
    );
    const [updated] = await updateReturning<{ blocked_until: Date | null }>(
      manager,
      `INSERT INTO login_failures AS f (user_id, client_address, failures, lockouts, blocked_until)
       VALUES ($1, $2, $3, $4, CASE WHEN $5 THEN now() + make_interval(secs => $6) END)
       ON CONFLICT (user_id, client_address) DO UPDATE
          SET failures = EXCLUDED.failures, lockouts = EXCLUDED.lockouts,
              blocked_until = EXCLUDED.blocked_until, updated_at = now()
       RETURNING blocked_until`,
      // A lock starts a fresh count, so that after it expires the address has every attempt again.
      [account.id, address, lock ? 0 : failures, lock ? lockouts + 1 : lockouts, lock, lockSeconds],
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
        after: {
          lockedUntil: updated?.blocked_until?.toISOString() ?? null,
          failures,
          clientIp,
          lockSeconds,
        },
      });
    }
  }
}
