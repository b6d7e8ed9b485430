import type { FieldError } from '@tdkt/contracts';
import { fieldIssue, type PlanDefinition } from '@tdkt/domain';
import { defaultParticipants, type PlanUnit } from '../plan-units';
import { matchUnitReference, type ReferableUnit } from './match-unit-reference';

/** The units a plan document names, resolved to ids. */
export interface ResolvedPlanUnits {
  standingBodyUnitId: string;
  /** By item key. */
  owners: Map<string, PlanUnit>;
  participants: Map<string, string[]>;
}

/** Path of an item's field in the document, e.g. `plan.quarters.Q2[4].owner`. */
export function itemFieldPath(definition: PlanDefinition, key: string, field: string): string {
  const item = definition.items.find((i) => i.key === key)!;
  const index = definition.items
    .filter((i) => i.quarter === item.quarter)
    .findIndex((i) => i.key === key);
  return `plan.quarters.Q${item.quarter}[${index}].${field}`;
}

/** The error for a reference that names no unit, or more than one. */
export function unitReferenceError(
  field: string,
  reference: string,
  candidates?: ReferableUnit[],
): FieldError {
  if (candidates === undefined) {
    return fieldIssue(field, 'unit-unknown', {
      vi: `không có đơn vị "${reference}" (dùng mã đơn vị, vd. DN-CM-PNV, hoặc tên đơn vị thuộc cơ quan ban hành)`,
      en: `no unit "${reference}" (use a unit code such as DN-CM-PNV, or the name of a unit under the issuer)`,
    });
  }
  const list = candidates.map((c) => `${c.code} (${c.name})`).join(', ');
  return fieldIssue(field, 'unit-ambiguous', {
    vi: `"${reference}" có thể là nhiều đơn vị: ${list}; hãy dùng mã đơn vị`,
    en: `"${reference}" could be several units: ${list}; use a unit code`,
  });
}

/**
 * Resolves the standing body, each owner and each explicit participant among the issuer's units
 * (the issuer and everything under it), and fills in default participants for window items.
 */
export function resolvePlanUnits(
  definition: PlanDefinition,
  issuerId: string,
  issuerTree: readonly PlanUnit[],
  errors: FieldError[],
): ResolvedPlanUnits {
  const resolve = (reference: string, field: string): PlanUnit | null => {
    const match = matchUnitReference(reference, issuerTree);
    if (match.kind === 'found') return issuerTree.find((u) => u.id === match.unit.id)!;
    errors.push(
      unitReferenceError(
        field,
        reference,
        match.kind === 'ambiguous' ? match.candidates : undefined,
      ),
    );
    return null;
  };
  const standingBody = resolve(definition.standingBody, 'plan.standing_body');
  const owners = new Map<string, PlanUnit>();
  const participants = new Map<string, string[]>();
  for (const item of definition.items) {
    const owner = resolve(item.owner, itemFieldPath(definition, item.key, 'owner'));
    if (owner === null) continue;
    owners.set(item.key, owner);
    if (item.kind !== 'dossier-batch' && item.kind !== 'registration') {
      participants.set(item.key, []);
    } else if (item.participants === null) {
      participants.set(item.key, defaultParticipants(issuerTree, owner.id, issuerId));
    } else {
      const path = itemFieldPath(definition, item.key, 'participants');
      const ids = item.participants.map(
        (reference, index) => resolve(reference, `${path}[${index}]`)?.id,
      );
      participants.set(item.key, [...new Set(ids.filter((id): id is string => id !== undefined))]);
    }
  }
  return { standingBodyUnitId: standingBody?.id ?? '', owners, participants };
}
