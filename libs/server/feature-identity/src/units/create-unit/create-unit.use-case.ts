import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import { appendAudit, PgErrorCode, pgErrorCode } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { type Actor, auditContextOf } from '../../actor';
import { assertActive, assertDateAfter } from '../unit-tree';
import { findUnit, type UnitView } from '../unit-view';

export interface CreateUnitCommand {
  code: string;
  name: string;
  level: string;
  parentId: string;
  validFrom: string;
}

/** Creates a unit under an active parent, with its first parent period and name, and its audit row. */
@Injectable()
export class CreateUnitUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: Actor, command: CreateUnitCommand): Promise<UnitView> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const parent = await findUnit(manager, command.parentId, { lock: true });
        if (parent === null) throw new AppError('UNIT_NOT_FOUND');
        assertActive(parent, 'parentId');
        assertDateAfter(parent, parent.validFrom, command.validFrom, 'validFrom');
        const [created] = await manager.query<{ id: string }[]>(
          `INSERT INTO units (code, name, level, parent_id, valid_from)
           VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [command.code, command.name, command.level, command.parentId, command.validFrom],
        );
        if (created === undefined) throw new Error('units returned no row');
        await manager.query(
          `INSERT INTO unit_parent_periods (unit_id, parent_id, valid_from) VALUES ($1, $2, $3)`,
          [created.id, command.parentId, command.validFrom],
        );
        await manager.query(
          `INSERT INTO unit_names (unit_id, name, valid_from) VALUES ($1, $2, $3)`,
          [created.id, command.name, command.validFrom],
        );
        const unit = await findUnit(manager, created.id);
        if (unit === null) throw new Error(`unit ${created.id} vanished`);
        await appendAudit(manager, {
          ...auditContextOf(actor),
          action: 'unit.created',
          entityType: 'unit',
          entityId: unit.id,
          unitId: unit.id,
          after: { ...unit },
        });
        return unit;
      });
    } catch (error) {
      if (pgErrorCode(error) === PgErrorCode.uniqueViolation)
        throw new AppError('UNIT_CODE_TAKEN', [
          {
            field: 'code',
            rule: 'unique',
            message: {
              vi: `Mã đơn vị ${command.code} đã được sử dụng.`,
              en: `Unit code ${command.code} is already in use.`,
            },
          },
        ]);
      throw error;
    }
  }
}
