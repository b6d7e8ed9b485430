import type { ErrorCode, Permission } from '@tdkt/contracts';

/**
 * A kind of thing addressed by id in a path (a dossier, a unit, a user...) and how to find the unit it
 * belongs to: `SELECT <unitColumn> FROM <table> WHERE <idColumn> = :id`.
 */
export interface ScopedResource {
  /** Shown in messages and tests. */
  name: string;
  table: string;
  idColumn: string;
  unitColumn: string;
  /** Answered when it does not exist, and when it exists but lies outside the caller's scope. */
  notFound: ErrorCode;
  /** Who can see it; acting on something you can see but not change is 403, otherwise 404. */
  readPermission: Permission;
  /**
   * A business code people know it by (e.g. a dossier's `HS-2024-000001`), accepted in the path
   * wherever its id is: the guard turns it into the id before anything else reads the parameter.
   */
  code?: { column: string; pattern: RegExp };
  /**
   * SQL selecting, by the resource's id (`$1`), the other units it concerns: a decision concerns the
   * units whose dossiers it awards. Whoever may read there may read it too (a school reads the decision
   * that awards its teacher, and downloads its certificate); only the owner's people act on it.
   */
  concernedUnits?: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** Declares a scoped resource, refusing anything but plain SQL identifiers for its table and columns. */
export function scopedResource(resource: ScopedResource): ScopedResource {
  const identifiers = [resource.table, resource.idColumn, resource.unitColumn];
  if (resource.code) identifiers.push(resource.code.column);
  for (const identifier of identifiers) {
    if (!IDENTIFIER.test(identifier))
      throw new Error(`scoped resource ${resource.name}: "${identifier}" is not an SQL identifier`);
  }
  return Object.freeze({ ...resource });
}

/** Where a route finds the unit its permission is checked on. */
export type UnitLocator =
  | { from: 'param'; name: string; resource: ScopedResource }
  | { from: 'body'; field: string }
  | { from: 'query'; field: string };

/** Builders for UnitLocator. */
export const unitFrom = {
  /** A path parameter holding the id of a resource; the resource's unit is looked up. */
  param: (name: string, resource: ScopedResource): UnitLocator => ({
    from: 'param',
    name,
    resource,
  }),
  /** A body field holding a unit id (required). */
  body: (field: string): UnitLocator => ({ from: 'body', field }),
  /** A query parameter holding a unit id; when absent the route answers within the caller's scope. */
  query: (field: string): UnitLocator => ({ from: 'query', field }),
};
