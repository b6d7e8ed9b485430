import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';
import { findUnit, type UnitDetailView } from '../unit-view';

/** One unit with the history of its parents and of its names. */
@Injectable()
export class GetUnitUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(unitId: string): Promise<UnitDetailView> {
    const unit = await findUnit(this.dataSource, unitId);
    if (unit === null) throw new AppError('NOT_FOUND');
    const parentHistory = await this.dataSource.query<
      { parentId: string | null; validFrom: string; validTo: string | null }[]
    >(
      `SELECT parent_id AS "parentId", to_char(valid_from, 'YYYY-MM-DD') AS "validFrom",
              to_char(valid_to, 'YYYY-MM-DD') AS "validTo"
         FROM unit_parent_periods WHERE unit_id = $1 ORDER BY valid_from`,
      [unitId],
    );
    const nameHistory = await this.dataSource.query<
      { name: string; validFrom: string; legalBasis: string | null }[]
    >(
      `SELECT name, to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", legal_basis AS "legalBasis"
         FROM unit_names WHERE unit_id = $1 ORDER BY valid_from`,
      [unitId],
    );
    return { ...unit, parentHistory, nameHistory };
  }
}
