import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import { appendAudit, PgErrorCode, pgErrorCode } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { type Actor, auditContextOf } from '../../actor';
import { hashPassword } from '../../credentials/password-hasher';
import { assertActive } from '../../units/unit-tree';
import { findUnit } from '../../units/unit-view';
import { findUser, type UserView } from '../user-view';

export interface CreateUserCommand {
  username: string;
  fullName: string;
  email?: string;
  unitId: string;
  /** Omit for accounts that sign in only through single sign-on. */
  password?: string;
}

/** Creates an account in an active unit. It holds no role until one is granted. */
@Injectable()
export class CreateUserUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: Actor, command: CreateUserCommand): Promise<UserView> {
    const username = command.username.trim().toLowerCase();
    const passwordHash =
      command.password === undefined ? null : await hashPassword(command.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const unit = await findUnit(manager, command.unitId);
        if (unit === null) throw new AppError('UNIT_NOT_FOUND');
        assertActive(unit, 'unitId');
        const [created] = await manager.query<{ id: string }[]>(
          `INSERT INTO users (username, full_name, email, unit_id, password_hash, password_changed_at)
           VALUES ($1, $2, $3, $4, $5, CASE WHEN $5::text IS NULL THEN NULL ELSE now() END)
           RETURNING id`,
          [username, command.fullName, command.email ?? null, unit.id, passwordHash],
        );
        if (created === undefined) throw new Error('users returned no row');
        const user = await findUser(manager, created.id);
        if (user === null) throw new Error(`user ${created.id} vanished`);
        await appendAudit(manager, {
          ...auditContextOf(actor),
          action: 'user.created',
          entityType: 'user',
          entityId: user.id,
          unitId: user.unitId,
          after: {
            username: user.username,
            fullName: user.fullName,
            email: user.email,
            unitId: user.unitId,
            hasPassword: user.hasPassword,
          },
        });
        return user;
      });
    } catch (error) {
      if (pgErrorCode(error) === PgErrorCode.uniqueViolation)
        throw new AppError('USERNAME_TAKEN', [
          {
            field: 'username',
            rule: 'unique',
            message: {
              vi: `Tên đăng nhập ${username} đã được sử dụng.`,
              en: `Username ${username} is already in use.`,
            },
          },
        ]);
      throw error;
    }
  }
}
