import { scopedResource } from '../auth/scoped-resource';

/** A user account belongs to the unit the person works in. */
export const USER = scopedResource({
  name: 'user',
  table: 'users',
  idColumn: 'id',
  unitColumn: 'unit_id',
  notFound: 'USER_NOT_FOUND',
  readPermission: 'user:read',
});

/** A role grant belongs to the unit it is held on. */
export const ROLE_GRANT = scopedResource({
  name: 'role grant',
  table: 'role_grants',
  idColumn: 'id',
  unitColumn: 'unit_id',
  notFound: 'ROLE_GRANT_NOT_FOUND',
  readPermission: 'user:read',
});
