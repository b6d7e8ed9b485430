import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import { type Actor, auditContextOf } from '../../actor';
import {
  assertActive,
  assertDateAfter,
  assertNotInFuture,
  currentPeriodStart,
  endValidity,
  isWithin,
  reparent,
} from '../unit-tree';
import { findUnit, findUnits, TODAY_VN, type UnitView } from '../unit-view';

export interface MergeUnitCommand {
  intoUnitId: string;
  /** First day the merged unit no longer exists on its own. */
  effectiveFrom: string;
}

/**
 * Merges a unit into another from a date (communes merged in a reorganisation): the unit ends the day
 * before, its active sub-units move under the unit it merged into, and its dossiers stay readable by
 * whoever covers that unit. The actor must manage both units.
 */
@Injectable()
export class MergeUnitUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  async execute(actor: Actor, unitId: string, command: MergeUnitCommand): Promise<UnitView> {
    assertNotInFuture(command.effectiveFrom, 'effectiveFrom');
    await this.access.assertCanAct(actor.user, 'unit:manage', command.intoUnitId);
    return this.dataSource.transaction(async (manager) => {
      const unit = await findUnit(manager, unitId, { lock: true });
      if (unit === null) throw new AppError('NOT_FOUND');
      assertActive(unit, 'id');
      const into = await findUnit(manager, command.intoUnitId, { lock: true });
      if (into === null) throw new AppError('UNIT_NOT_FOUND');
      assertActive(into, 'intoUnitId');
      if (await isWithin(manager, unit.id, into.id)) throw new AppError('UNIT_MOVE_CYCLE');
      assertDateAfter(
        unit,
        await currentPeriodStart(manager, unit),
        command.effectiveFrom,
        'effectiveFrom',
      );
      const children = await this.activeChildren(manager, unit.id);
      for (const child of children) {
        assertDateAfter(
          child,
          await currentPeriodStart(manager, child),
          command.effectiveFrom,
          'effectiveFrom',
        );
      }
      const context = auditContextOf(actor);
      for (const child of children) {
        await reparent(manager, child.id, into.id, command.effectiveFrom);
        await appendAudit(manager, {
          ...context,
          action: 'unit.moved',
          entityType: 'unit',
          entityId: child.id,
          unitId: child.id,
          before: { parentId: unit.id },
          after: { parentId: into.id, effectiveFrom: command.effectiveFrom, cause: 'merge' },
        });
      }
      await endValidity(manager, unit.id, dayBefore(command.effectiveFrom), into.id);
      const merged = await findUnit(manager, unit.id);
      if (merged === null) throw new Error(`unit ${unit.id} vanished`);
      await appendAudit(manager, {
        ...context,
        action: 'unit.merged',
        entityType: 'unit',
        entityId: unit.id,
        unitId: unit.id,
        before: { validTo: unit.validTo, mergedIntoId: null },
        after: {
          validTo: merged.validTo,
          mergedIntoId: into.id,
          movedChildren: children.map((child) => child.id),
        },
      });
      return merged;
    });
  }

  private async activeChildren(manager: EntityManager, unitId: string): Promise<UnitView[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM units
        WHERE parent_id = $1 AND (valid_to IS NULL OR valid_to >= ${TODAY_VN})
        FOR UPDATE`,
      [unitId],
    );
    return findUnits(
      manager,
      rows.map((row) => row.id),
    );
  }
}

function dayBefore(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
