import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import { TaskEntity } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';

/** One task of the inbox. */
@Injectable()
export class GetTaskUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(taskId: string): Promise<TaskEntity> {
    const task = await this.dataSource.getRepository(TaskEntity).findOne({ where: { id: taskId } });
    if (task === null) throw new AppError('TASK_NOT_FOUND');
    return task;
  }
}
