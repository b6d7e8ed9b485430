import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type AuthenticatedUser } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';
import { AccessTokenService } from '../tokens/access-tokens';
import { loadActiveUser } from './load-active-user';

/**
 * Turns a bearer token into the person behind it, with their grants as they are now: a revoked
 * session, a disabled account or a revoked grant takes effect on the next request, not at token expiry.
 */
@Injectable()
export class AuthenticateUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessTokens: AccessTokenService,
  ) {}

  async execute(accessToken: string): Promise<AuthenticatedUser> {
    const claims = await this.accessTokens.verify(accessToken);
    const user = await loadActiveUser(this.dataSource, claims.userId, claims.sessionId);
    if (user === null) throw new AppError('UNAUTHENTICATED');
    return user;
  }
}
