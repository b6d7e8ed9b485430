import { scopedResource } from '../auth/scoped-resource';

/** A meeting belongs to the unit whose council meets. */
export const COUNCIL_MEETING = scopedResource({
  name: 'council meeting',
  table: 'council_meetings',
  idColumn: 'id',
  unitColumn: 'unit_id',
  notFound: 'COUNCIL_MEETING_NOT_FOUND',
  readPermission: 'dossier:read',
});

/** An initiative belongs to the author's unit that received it. */
export const INITIATIVE = scopedResource({
  name: 'initiative',
  table: 'initiatives',
  idColumn: 'id',
  unitColumn: 'unit_id',
  notFound: 'INITIATIVE_NOT_FOUND',
  readPermission: 'dossier:read',
});

/** A decision belongs to its issuing unit. */
export const DECISION = scopedResource({
  name: 'decision',
  table: 'decisions',
  idColumn: 'id',
  unitColumn: 'issuer_unit_id',
  notFound: 'DECISION_NOT_FOUND',
  readPermission: 'dossier:read',
});

/** A generated document belongs to its owner's unit. */
export const DOCUMENT = scopedResource({
  name: 'document',
  table: 'documents',
  idColumn: 'id',
  unitColumn: 'unit_id',
  notFound: 'DOCUMENT_NOT_FOUND',
  readPermission: 'dossier:read',
});
