import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../actor';
import { findUnits, type UnitView } from '../unit-view';

/** The units the actor may see (their `unit:read` scope), ordered by code. */
@Injectable()
export class ListUnitsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  async execute(actor: Actor, options: { includeInactive: boolean }): Promise<UnitView[]> {
    const units = await findUnits(
      this.dataSource,
      await this.access.unitsInScope(actor.user, 'unit:read'),
    );
    return options.includeInactive ? units : units.filter((unit) => unit.active);
  }
}
