import { scopedResource } from '../auth/scoped-resource';

/** A plan belongs to the unit that issues it (e.g. UBND huyện Cẩm Mỹ); it is read and managed in that unit's scope. */
export const PLAN = scopedResource({
  name: 'plan',
  table: 'plans',
  idColumn: 'id',
  unitColumn: 'issuer_unit_id',
  notFound: 'PLAN_NOT_FOUND',
  readPermission: 'plan:read',
});
