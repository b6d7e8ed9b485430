import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** A unit as people name it. */
export interface UnitName {
  code: string;
  name: string;
}

type Ids = Iterable<string | null | undefined>;

function distinct(ids: Ids): string[] {
  return [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
}

/**
 * Names for ids, so that answers show people and units by name beside their ids. It reads names only,
 * for ids an answer already holds: it never widens what a caller may see.
 */
@Injectable()
export class NameDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Full names of users by id; ids of unknown users are absent. */
  async people(ids: Ids): Promise<Map<string, string>> {
    const wanted = distinct(ids);
    if (wanted.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; full_name: string }[]>(
      `SELECT id, full_name FROM users WHERE id = ANY($1::uuid[])`,
      [wanted],
    );
    return new Map(rows.map((row) => [row.id, row.full_name]));
  }

  /** Codes and names of units by id; ids of unknown units are absent. */
  async units(ids: Ids): Promise<Map<string, UnitName>> {
    const wanted = distinct(ids);
    if (wanted.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; code: string; name: string }[]>(
      `SELECT id, code, name FROM units WHERE id = ANY($1::uuid[])`,
      [wanted],
    );
    return new Map(rows.map((row) => [row.id, { code: row.code, name: row.name }]));
  }
}
