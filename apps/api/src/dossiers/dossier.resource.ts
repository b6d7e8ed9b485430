import { scopedResource } from '../auth/scoped-resource';

/** A dossier belongs to its proposing unit; its code (`HS-2024-000001`) works wherever its id does. */
export const DOSSIER = scopedResource({
  name: 'dossier',
  table: 'dossiers',
  idColumn: 'id',
  unitColumn: 'proposing_unit_id',
  notFound: 'DOSSIER_NOT_FOUND',
  readPermission: 'dossier:read',
  code: { column: 'code', pattern: /^HS-\d{4}-\d{6}$/i },
});
