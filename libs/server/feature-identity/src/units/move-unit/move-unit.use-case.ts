import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import { type Actor, auditContextOf } from '../../actor';
import {
  assertActive,
  assertDateAfter,
  assertNotInFuture,
  currentPeriodStart,
  isWithin,
  reparent,
} from '../unit-tree';
import { findUnit, type UnitView } from '../unit-view';

export interface MoveUnitCommand {
  parentId: string;
  effectiveFrom: string;
}

/**
 * Moves a unit (with its subtree) under another parent from a date. The actor must manage both the
 * unit (checked by the route) and the new parent (checked here). Moving to the current parent is a no-op.
 */
@Injectable()
export class MoveUnitUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  async execute(actor: Actor, unitId: string, command: MoveUnitCommand): Promise<UnitView> {
    assertNotInFuture(command.effectiveFrom, 'effectiveFrom');
    await this.access.assertCanAct(actor.user, 'unit:manage', command.parentId);
    return this.dataSource.transaction(async (manager) => {
      const unit = await findUnit(manager, unitId, { lock: true });
      if (unit === null) throw new AppError('NOT_FOUND');
      if (unit.parentId === command.parentId) return unit;
      assertActive(unit, 'id');
      const parent = await findUnit(manager, command.parentId, { lock: true });
      if (parent === null) throw new AppError('UNIT_NOT_FOUND');
      assertActive(parent, 'parentId');
      if (await isWithin(manager, unit.id, parent.id)) throw new AppError('UNIT_MOVE_CYCLE');
      assertDateAfter(
        unit,
        await currentPeriodStart(manager, unit),
        command.effectiveFrom,
        'effectiveFrom',
      );
      await reparent(manager, unit.id, parent.id, command.effectiveFrom);
      const moved = await findUnit(manager, unit.id);
      if (moved === null) throw new Error(`unit ${unit.id} vanished`);
      await appendAudit(manager, {
        ...auditContextOf(actor),
        action: 'unit.moved',
        entityType: 'unit',
        entityId: unit.id,
        unitId: unit.id,
        before: { parentId: unit.parentId },
        after: { parentId: parent.id, effectiveFrom: command.effectiveFrom },
      });
      return moved;
    });
  }
}
