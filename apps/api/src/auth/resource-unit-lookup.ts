import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ScopedResource } from './scoped-resource';

/** Finds the unit a resource addressed by id belongs to, and the units it concerns, for the access guard. */
@Injectable()
export class ResourceUnitLookup {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The resource's unit id, or null when no such resource exists. */
  async unitOf(resource: ScopedResource, id: string): Promise<string | null> {
    const [row] = await this.dataSource.query<{ unit_id: string }[]>(
      `SELECT ${resource.unitColumn} AS unit_id FROM ${resource.table} WHERE ${resource.idColumn} = $1`,
      [id],
    );
    return row?.unit_id ?? null;
  }

  /** The id of the resource known by a business code, or null when none has it. */
  async idByCode(resource: ScopedResource, code: string): Promise<string | null> {
    if (resource.code === undefined) return null;
    const [row] = await this.dataSource.query<{ id: string }[]>(
      `SELECT ${resource.idColumn} AS id FROM ${resource.table} WHERE ${resource.code.column} = $1`,
      [code],
    );
    return row?.id ?? null;
  }

  /** The other units the resource concerns (none unless it declares `concernedUnits`). */
  async concernedUnitsOf(resource: ScopedResource, id: string): Promise<string[]> {
    if (resource.concernedUnits === undefined) return [];
    const rows = await this.dataSource.query<{ unit_id: string }[]>(
      `SELECT DISTINCT unit_id FROM (${resource.concernedUnits}) AS concerned(unit_id) WHERE unit_id IS NOT NULL`,
      [id],
    );
    return rows.map((row) => row.unit_id);
  }
}
