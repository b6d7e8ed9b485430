import { scopedResource } from '../auth/scoped-resource';

/** The members of a cluster year (`$1`): they read it; only its owner acts on it. */
const MEMBERS = `SELECT unit_id FROM cluster_members WHERE cluster_year_id = $1`;

/** A cluster belongs to the level whose board organises it. */
export const CLUSTER = scopedResource({
  name: 'emulation cluster',
  table: 'emulation_clusters',
  idColumn: 'id',
  unitColumn: 'organizer_unit_id',
  notFound: 'CLUSTER_NOT_FOUND',
  readPermission: 'plan:read',
});

/** A cluster's year belongs to the organising board; its members read it. */
export const CLUSTER_YEAR = scopedResource({
  name: 'cluster year',
  table: 'cluster_years',
  idColumn: 'id',
  unitColumn: 'organizer_unit_id',
  notFound: 'CLUSTER_YEAR_NOT_FOUND',
  readPermission: 'plan:read',
  concernedUnits: MEMBERS,
});

/** The same year as its leader (cụm trưởng) acts on it: the proposal of awards. */
export const LED_CLUSTER_YEAR = scopedResource({
  name: 'cluster year (as its leader)',
  table: 'cluster_years',
  idColumn: 'id',
  unitColumn: 'leader_unit_id',
  notFound: 'CLUSTER_YEAR_NOT_FOUND',
  readPermission: 'plan:read',
  concernedUnits: MEMBERS,
});
