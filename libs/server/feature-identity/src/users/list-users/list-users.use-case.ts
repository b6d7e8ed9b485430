import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../actor';
import { findUsers, type UserView } from '../user-view';

/** The accounts of the units in the actor's `user:read` scope. */
@Injectable()
export class ListUsersUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  async execute(actor: Actor): Promise<UserView[]> {
    return findUsers(this.dataSource, {
      unitIds: await this.access.unitsInScope(actor.user, 'user:read'),
    });
  }
}
