import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import { vietnamDateOfEpochMillis } from '@tdkt/domain';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { type Actor, auditContextOf } from '../../actor';
import { assertActive } from '../unit-tree';
import { findUnit, type UnitView } from '../unit-view';

export interface RenameUnitCommand {
  name: string;
  /** The first day the unit bears the new name. */
  effectiveFrom: string;
  /** The act that renamed it, e.g. "Nghị quyết 30/2026/QH16". */
  legalBasis?: string;
}

/**
 * Records that a unit bears a new name from a date (e.g. UBND tỉnh Đồng Nai became UBND Thành phố
 * Đồng Nai on 30/4/2026). The earlier name stays in the history, so every document keeps the name its
 * own date gave it; the unit's current name changes when the new one is in force.
 */
@Injectable()
export class RenameUnitUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: Actor, unitId: string, command: RenameUnitCommand): Promise<UnitView> {
    return this.dataSource.transaction(async (manager) => {
      const unit = await findUnit(manager, unitId, { lock: true });
      if (unit === null) throw new AppError('NOT_FOUND');
      assertActive(unit, 'id');
      const [latest] = await manager.query<{ valid_from: string; name: string }[]>(
        `SELECT to_char(valid_from, 'YYYY-MM-DD') AS valid_from, name FROM unit_names
          WHERE unit_id = $1 ORDER BY valid_from DESC LIMIT 1`,
        [unitId],
      );
      const notAfter = latest?.valid_from ?? unit.validFrom;
      if (command.effectiveFrom <= notAfter) {
        throw new AppError('UNIT_DATE_INVALID', [
          {
            field: 'effectiveFrom',
            rule: 'afterLastName',
            message: {
              vi: `Ngày đổi tên phải sau ${notAfter}, ngày của tên hiện có.`,
              en: `The renaming date must be after ${notAfter}, the date of the name it replaces.`,
            },
          },
        ]);
      }
      if (latest === undefined) {
        await manager.query(
          `INSERT INTO unit_names (unit_id, name, valid_from) VALUES ($1, $2, $3)`,
          [unitId, unit.name, unit.validFrom],
        );
      }
      await manager.query(
        `INSERT INTO unit_names (unit_id, name, valid_from, legal_basis) VALUES ($1, $2, $3, $4)`,
        [unitId, command.name, command.effectiveFrom, command.legalBasis ?? null],
      );
      await manager.query(
        `UPDATE units SET name = unit_name_on(id, $2::date), updated_at = now() WHERE id = $1`,
        [unitId, vietnamDateOfEpochMillis(Date.now())],
      );
      const renamed = await findUnit(manager, unitId);
      if (renamed === null) throw new Error(`unit ${unitId} vanished`);
      await appendAudit(manager, {
        ...auditContextOf(actor),
        action: 'unit.renamed',
        entityType: 'unit',
        entityId: unitId,
        unitId,
        before: { name: unit.name },
        after: {
          name: command.name,
          effectiveFrom: command.effectiveFrom,
          legalBasis: command.legalBasis ?? null,
        },
      });
      return renamed;
    });
  }
}
