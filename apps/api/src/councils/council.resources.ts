import { scopedResource } from '../auth/scoped-resource';

/** The units that proposed the dossiers a decision (`$1`) awards. */
const DECISION_AWARDEE_UNITS = `
  SELECT d.proposing_unit_id FROM decision_awardees a JOIN dossiers d ON d.id = a.dossier_id
   WHERE a.decision_id = $1`;

/** The units of an initiative's authors, and of the dossier that cites it; `id` is an SQL expression. */
const initiativeConcerns = (id: string) => `
  SELECT u.unit_id FROM initiatives i JOIN users u ON u.id = ANY(i.author_ids) WHERE i.id = ${id}
  UNION
  SELECT d.proposing_unit_id FROM initiative_uses x JOIN dossiers d ON d.id = x.dossier_id
   WHERE x.initiative_id = ${id}`;

/** A meeting belongs to the unit whose council meets. */
export const COUNCIL_MEETING = scopedResource({
  name: 'council meeting',
  table: 'council_meetings',
  idColumn: 'id',
  unitColumn: 'unit_id',
  notFound: 'COUNCIL_MEETING_NOT_FOUND',
  readPermission: 'dossier:read',
});

/** An initiative belongs to the author's unit that received it; its co-authors' units and the dossier citing it read it. */
export const INITIATIVE = scopedResource({
  name: 'initiative',
  table: 'initiatives',
  idColumn: 'id',
  unitColumn: 'unit_id',
  notFound: 'INITIATIVE_NOT_FOUND',
  readPermission: 'dossier:read',
  concernedUnits: initiativeConcerns('$1'),
});

/** A decision belongs to its issuing unit; the units whose dossiers it awards read it. */
export const DECISION = scopedResource({
  name: 'decision',
  table: 'decisions',
  idColumn: 'id',
  unitColumn: 'issuer_unit_id',
  notFound: 'DECISION_NOT_FOUND',
  readPermission: 'dossier:read',
  concernedUnits: DECISION_AWARDEE_UNITS,
});

/**
 * A generated document belongs to its owner's unit. A decision's documents are read by the units it
 * awards (a certificate by its awardee's unit only), an initiative's as the initiative is; minutes stay
 * with the council.
 */
export const DOCUMENT = scopedResource({
  name: 'document',
  table: 'documents',
  idColumn: 'id',
  unitColumn: 'unit_id',
  notFound: 'DOCUMENT_NOT_FOUND',
  readPermission: 'dossier:read',
  concernedUnits: `
    SELECT d.proposing_unit_id FROM documents doc
      JOIN decision_awardees a ON a.decision_id = doc.owner_id
      JOIN dossiers d ON d.id = a.dossier_id
     WHERE doc.id = $1 AND doc.owner_type = 'decision' AND (doc.dossier_id IS NULL OR doc.dossier_id = a.dossier_id)
    UNION
    SELECT concerned.unit_id FROM documents doc,
           LATERAL (${initiativeConcerns('doc.owner_id')}) AS concerned(unit_id)
     WHERE doc.id = $1 AND doc.owner_type = 'initiative'`,
});
