import type { EntityManager, DataSource } from 'typeorm';

/** Today's date in Việt Nam (UTC+7), in SQL: the calendar unit validity dates are written in. */
export const TODAY_VN = `(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

/** A unit as the API shows it, with the history of its parents. */
export interface UnitView {
  id: string;
  code: string;
  name: string;
  level: string;
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
  mergedIntoId: string | null;
  /** Not retired or merged as of today. */
  active: boolean;
  /** In a remote, disadvantaged area (vùng sâu, vùng xa), counted in the plan's remote-area share. */
  remoteArea: boolean;
  /** The act that classifies the unit's area. */
  remoteAreaBasis: string | null;
}

/** A unit with the periods it spent under each parent, oldest first. */
export interface UnitDetailView extends UnitView {
  parentHistory: { parentId: string | null; validFrom: string; validTo: string | null }[];
  /** Each name and the day it took effect (the last one is the current name). */
  nameHistory: { name: string; validFrom: string; legalBasis: string | null }[];
}

interface UnitRow {
  id: string;
  code: string;
  name: string;
  level: string;
  parent_id: string | null;
  valid_from: string;
  valid_to: string | null;
  merged_into_id: string | null;
  active: boolean;
  remote_area: boolean;
  remote_area_basis: string | null;
}

/** The columns of a UnitRow, for `SELECT ${UNIT_COLUMNS} FROM units u`. */
const UNIT_COLUMNS = `u.id, u.code, u.name, u.level, u.parent_id,
  to_char(u.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(u.valid_to, 'YYYY-MM-DD') AS valid_to,
  u.merged_into_id, (u.valid_to IS NULL OR u.valid_to >= ${TODAY_VN}) AS active,
  u.remote_area, u.remote_area_basis`;

function toUnitView(row: UnitRow): UnitView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    level: row.level,
    parentId: row.parent_id,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    mergedIntoId: row.merged_into_id,
    active: row.active,
    remoteArea: row.remote_area,
    remoteAreaBasis: row.remote_area_basis,
  };
}

/** One unit, optionally locked for the rest of the transaction; null when it does not exist. */
export async function findUnit(
  db: DataSource | EntityManager,
  id: string,
  options: { lock?: boolean } = {},
): Promise<UnitView | null> {
  const [row] = await db.query<UnitRow[]>(
    `SELECT ${UNIT_COLUMNS} FROM units u WHERE u.id = $1 ${options.lock ? 'FOR UPDATE' : ''}`,
    [id],
  );
  return row === undefined ? null : toUnitView(row);
}

/** Every unit with one of the ids, ordered by code. */
export async function findUnits(
  db: DataSource | EntityManager,
  ids: string[],
): Promise<UnitView[]> {
  const rows = await db.query<UnitRow[]>(
    `SELECT ${UNIT_COLUMNS} FROM units u WHERE u.id = ANY($1::uuid[]) ORDER BY u.code`,
    [ids],
  );
  return rows.map(toUnitView);
}
