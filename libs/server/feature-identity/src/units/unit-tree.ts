import { AppError } from '@tdkt/contracts';
import type { EntityManager } from 'typeorm';
import type { UnitView } from './unit-view';

/** True when `unitId` is `ancestorId` or lies below it (through parents or merges). */
export async function isWithin(
  manager: EntityManager,
  ancestorId: string,
  unitId: string,
): Promise<boolean> {
  const [row] = await manager.query<{ within: boolean }[]>(
    `WITH RECURSIVE below(id) AS (
       SELECT $1::uuid
       UNION
       SELECT u.id FROM units u JOIN below b ON u.parent_id = b.id OR u.merged_into_id = b.id
     )
     SELECT EXISTS (SELECT 1 FROM below WHERE id = $2) AS within`,
    [ancestorId, unitId],
  );
  return row?.within ?? false;
}

/**
 * Puts a unit under a new parent from a date: closes its current parent period the day before and
 * opens a new one, so the tree as it was on any date can be told later.
 */
export async function reparent(
  manager: EntityManager,
  unitId: string,
  parentId: string,
  effectiveFrom: string,
): Promise<void> {
  await manager.query(
    `UPDATE unit_parent_periods SET valid_to = $2::date - 1 WHERE unit_id = $1 AND valid_to IS NULL`,
    [unitId, effectiveFrom],
  );
  await manager.query(
    `INSERT INTO unit_parent_periods (unit_id, parent_id, valid_from) VALUES ($1, $2, $3)`,
    [unitId, parentId, effectiveFrom],
  );
  await manager.query(`UPDATE units SET parent_id = $2, updated_at = now() WHERE id = $1`, [
    unitId,
    parentId,
  ]);
}

/** Ends a unit's validity (and its open parent period) on a date. */
export async function endValidity(
  manager: EntityManager,
  unitId: string,
  validTo: string,
  mergedIntoId: string | null,
): Promise<void> {
  await manager.query(
    `UPDATE unit_parent_periods SET valid_to = $2 WHERE unit_id = $1 AND valid_to IS NULL`,
    [unitId, validTo],
  );
  await manager.query(
    `UPDATE units SET valid_to = $2, merged_into_id = $3, updated_at = now() WHERE id = $1`,
    [unitId, validTo, mergedIntoId],
  );
}

/** Throws UNIT_INACTIVE, naming the field, unless the unit is active. */
export function assertActive(unit: UnitView, field: string): void {
  if (unit.active) return;
  throw new AppError('UNIT_INACTIVE', [
    {
      field,
      rule: 'activeUnit',
      message: {
        vi: `Đơn vị ${unit.code} đã giải thể hoặc sáp nhập từ ${unit.validTo ?? ''}.`,
        en: `Unit ${unit.code} was retired or merged on ${unit.validTo ?? ''}.`,
      },
    },
  ]);
}

/** The first day of the unit's current parent period (its start date if it never moved). */
export async function currentPeriodStart(manager: EntityManager, unit: UnitView): Promise<string> {
  const [row] = await manager.query<{ valid_from: string }[]>(
    `SELECT to_char(valid_from, 'YYYY-MM-DD') AS valid_from
       FROM unit_parent_periods WHERE unit_id = $1 AND valid_to IS NULL`,
    [unit.id],
  );
  return row?.valid_from ?? unit.validFrom;
}

/** Today's date in Việt Nam (UTC+7) as YYYY-MM-DD. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Throws UNIT_DATE_INVALID unless a reorganisation dated `date` has already taken effect: the tree
 * holds one current parent per unit, so a move or merge is recorded once it is in force.
 */
export function assertNotInFuture(date: string, field: string): void {
  const today = todayInVietnam();
  if (date <= today) return;
  throw new AppError('UNIT_DATE_INVALID', [
    {
      field,
      rule: 'notInFuture',
      message: {
        vi: `Chỉ ghi nhận thay đổi đã có hiệu lực (đến ngày ${today}).`,
        en: `Record a reorganisation once it has taken effect (on or before ${today}).`,
      },
    },
  ]);
}

/**
 * Throws UNIT_DATE_INVALID, naming the field, unless a change dated `date` comes strictly after
 * `since` (the unit's start or its last move): history periods never overlap or run backwards.
 */
export function assertDateAfter(unit: UnitView, since: string, date: string, field: string): void {
  if (date > since) return;
  throw new AppError('UNIT_DATE_INVALID', [
    {
      field,
      rule: 'afterLastChange',
      message: {
        vi: `Ngày phải sau ${since}, ngày thay đổi gần nhất của đơn vị ${unit.code}.`,
        en: `The date must be after ${since}, when unit ${unit.code} last changed.`,
      },
    },
  ]);
}
