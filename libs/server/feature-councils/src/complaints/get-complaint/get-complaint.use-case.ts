import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';
import { COMPLAINT_VIEW_SQL, type ComplaintView } from '../complaint-view';

/** One complaint with its limits and the result of each step. */
@Injectable()
export class GetComplaintUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(id: string): Promise<ComplaintView> {
    const [complaint] = await this.dataSource.query<ComplaintView[]>(
      `${COMPLAINT_VIEW_SQL} WHERE c.id = $1`,
      [id],
    );
    if (complaint === undefined) throw new AppError('COMPLAINT_NOT_FOUND');
    return complaint;
  }
}
