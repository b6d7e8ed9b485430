import { scopedResource } from '../auth/scoped-resource';

/** A complaint belongs to the unit that handles it; the unit whose dossier it is about reads it too. */
export const COMPLAINT = scopedResource({
  name: 'complaint',
  table: 'complaints',
  idColumn: 'id',
  unitColumn: 'handling_unit_id',
  notFound: 'COMPLAINT_NOT_FOUND',
  readPermission: 'dossier:read',
  concernedUnits: `SELECT d.proposing_unit_id FROM complaints c JOIN dossiers d ON d.id = c.dossier_id WHERE c.id = $1`,
});
