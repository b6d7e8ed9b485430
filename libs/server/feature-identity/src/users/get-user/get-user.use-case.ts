import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';
import { findUser, type UserView } from '../user-view';

/** One account with its active grants. */
@Injectable()
export class GetUserUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(userId: string): Promise<UserView> {
    const user = await findUser(this.dataSource, userId);
    if (user === null) throw new AppError('USER_NOT_FOUND');
    return user;
  }
}
