import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { type Actor, auditContextOf } from '../../actor';
import { assertActive, currentPeriodStart, endValidity } from '../unit-tree';
import { findUnit, type UnitView } from '../unit-view';

export interface RetireUnitCommand {
  /** Last day the unit exists. */
  validTo: string;
}

/**
 * Retires a unit (dissolved, or a level abolished) from a date. Its sub-units must have been moved or
 * retired first, so that nothing is left hanging under a unit that no longer exists.
 */
@Injectable()
export class RetireUnitUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: Actor, unitId: string, command: RetireUnitCommand): Promise<UnitView> {
    return this.dataSource.transaction(async (manager) => {
      const unit = await findUnit(manager, unitId, { lock: true });
      if (unit === null) throw new AppError('NOT_FOUND');
      assertActive(unit, 'id');
      const since = await currentPeriodStart(manager, unit);
      if (command.validTo < since)
        throw new AppError('UNIT_DATE_INVALID', [
          {
            field: 'validTo',
            rule: 'notBeforeLastChange',
            message: {
              vi: `Ngày giải thể không được trước ${since}.`,
              en: `The retirement date cannot be before ${since}.`,
            },
          },
        ]);
      const [children] = await manager.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM units
          WHERE parent_id = $1 AND (valid_to IS NULL OR valid_to > $2)`,
        [unit.id, command.validTo],
      );
      if ((children?.n ?? 0) > 0) throw new AppError('UNIT_HAS_ACTIVE_CHILDREN');
      await endValidity(manager, unit.id, command.validTo, null);
      const retired = await findUnit(manager, unit.id);
      if (retired === null) throw new Error(`unit ${unit.id} vanished`);
      await appendAudit(manager, {
        ...auditContextOf(actor),
        action: 'unit.retired',
        entityType: 'unit',
        entityId: unit.id,
        unitId: unit.id,
        before: { validTo: unit.validTo },
        after: { validTo: retired.validTo },
      });
      return retired;
    });
  }
}
