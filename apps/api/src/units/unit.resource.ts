import { scopedResource } from '../auth/scoped-resource';

/** A unit's own unit is itself: a grant on it or an ancestor covers it. */
export const UNIT = scopedResource({
  name: 'unit',
  table: 'units',
  idColumn: 'id',
  unitColumn: 'id',
  notFound: 'NOT_FOUND',
  readPermission: 'unit:read',
});
