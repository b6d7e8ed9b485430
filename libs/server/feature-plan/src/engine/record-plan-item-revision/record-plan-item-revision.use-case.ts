import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PlanItemChange } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';
import { writePlanItemRevision } from '../../plan-item-writer';

/** Writes an item that the running plan added or revised. Idempotent by revision. */
@Injectable()
export class RecordPlanItemRevisionUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(request: {
    planId: string;
    change: PlanItemChange;
    revision: number;
  }): Promise<void> {
    await this.dataSource.transaction((manager) =>
      writePlanItemRevision(manager, request.planId, request.change, request.revision),
    );
  }
}
