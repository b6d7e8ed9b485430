import { scopedResource } from '../auth/scoped-resource';

/** An uploaded nomination list belongs to the unit that proposes its nominees. */
export const DOSSIER_IMPORT = scopedResource({
  name: 'dossier-import',
  table: 'dossier_imports',
  idColumn: 'id',
  unitColumn: 'proposing_unit_id',
  notFound: 'DOSSIER_IMPORT_NOT_FOUND',
  readPermission: 'dossier:read',
});
