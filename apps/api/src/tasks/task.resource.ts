import { scopedResource } from '../auth/scoped-resource';

/** A task is seen within the scope of the unit whose matter it is (a dossier's proposing unit). */
export const TASK = scopedResource({
  name: 'task',
  table: 'tasks',
  idColumn: 'id',
  unitColumn: 'unit_id',
  notFound: 'TASK_NOT_FOUND',
  readPermission: 'task:read',
});
