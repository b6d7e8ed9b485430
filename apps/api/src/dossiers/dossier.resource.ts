import { scopedResource } from '../auth/scoped-resource';

/** A dossier belongs to its proposing unit. */
export const DOSSIER = scopedResource({
  name: 'dossier',
  table: 'dossiers',
  idColumn: 'id',
  unitColumn: 'proposing_unit_id',
  notFound: 'DOSSIER_NOT_FOUND',
  readPermission: 'dossier:read',
});
