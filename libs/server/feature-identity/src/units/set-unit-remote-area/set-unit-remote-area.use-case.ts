import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import { vietnamDateOfEpochMillis } from '@tdkt/domain';
import { appendAudit, updateReturning } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { type Actor, auditContextOf } from '../../actor';
import { assertActive } from '../unit-tree';
import { findUnit, type UnitView } from '../unit-view';

export interface SetUnitRemoteAreaCommand {
  /** In a remote, disadvantaged area (vùng sâu, vùng xa, vùng đặc biệt khó khăn) or not. */
  remoteArea: boolean;
  /** The first day the classification holds; dossiers submitted from then on count under it. */
  effectiveFrom: string;
  /** The act that classifies the area, e.g. "Quyết định 861/QĐ-TTg ngày 04/6/2021". */
  legalBasis?: string;
}

/**
 * Classifies a unit's area as remote and disadvantaged, or no longer so, from a date. A dossier keeps
 * the classification its unit had when it was submitted (the plan's remote-area share counts it), so
 * the dossiers the unit submitted on or after the date take the new one; those before keep theirs.
 */
@Injectable()
export class SetUnitRemoteAreaUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(
    actor: Actor,
    unitId: string,
    command: SetUnitRemoteAreaCommand,
  ): Promise<UnitView & { dossiersReclassified: number }> {
    const legalBasis = command.legalBasis?.trim() || null;
    if (command.remoteArea && legalBasis === null) {
      throw new AppError('VALIDATION_FAILED', [
        {
          field: 'legalBasis',
          rule: 'requiredWhenRemote',
          message: {
            vi: 'Ghi văn bản xác định đơn vị thuộc vùng sâu, vùng xa, vùng đặc biệt khó khăn.',
            en: 'Name the act that classifies the unit’s area as remote or disadvantaged.',
          },
        },
      ]);
    }
    const today = vietnamDateOfEpochMillis(Date.now());
    return this.dataSource.transaction(async (manager) => {
      const unit = await findUnit(manager, unitId, { lock: true });
      if (unit === null) throw new AppError('NOT_FOUND');
      assertActive(unit, 'id');
      if (command.effectiveFrom < unit.validFrom || command.effectiveFrom > today) {
        throw new AppError('UNIT_DATE_INVALID', [
          {
            field: 'effectiveFrom',
            rule: 'withinUnitLifeUntilToday',
            message: {
              vi: `Ngày áp dụng phải từ ${unit.validFrom} (ngày đơn vị bắt đầu hoạt động) đến hôm nay (${today}).`,
              en: `The effective date must be from ${unit.validFrom} (the unit's first day) to today (${today}).`,
            },
          },
        ]);
      }
      await manager.query(
        `UPDATE units SET remote_area = $2, remote_area_basis = $3, updated_at = now() WHERE id = $1`,
        [unitId, command.remoteArea, legalBasis],
      );
      const reclassified = await updateReturning<{ code: string }>(
        manager,
        `UPDATE dossiers SET remote_area = $2
          WHERE proposing_unit_id = $1 AND submitted_at IS NOT NULL
            AND (submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date >= $3::date
            AND remote_area IS DISTINCT FROM $2
        RETURNING code`,
        [unitId, command.remoteArea, command.effectiveFrom],
      );
      await appendAudit(manager, {
        ...auditContextOf(actor),
        action: 'unit.remote-area-set',
        entityType: 'unit',
        entityId: unitId,
        unitId,
        before: { remoteArea: unit.remoteArea, legalBasis: unit.remoteAreaBasis },
        after: {
          remoteArea: command.remoteArea,
          legalBasis,
          effectiveFrom: command.effectiveFrom,
          dossiersReclassified: reclassified.map((row) => row.code),
        },
      });
      const updated = await findUnit(manager, unitId);
      if (updated === null) throw new Error(`unit ${unitId} vanished`);
      return { ...updated, dossiersReclassified: reclassified.length };
    });
  }
}
