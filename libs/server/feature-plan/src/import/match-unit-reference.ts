/** A unit a plan may refer to. */
export interface ReferableUnit {
  id: string;
  code: string;
  name: string;
}

export type UnitMatch =
  | { kind: 'found'; unit: ReferableUnit }
  | { kind: 'unknown' }
  | { kind: 'ambiguous'; candidates: ReferableUnit[] };

/** Case, accents as typed (NFC), and spacing do not matter; diacritics do ("Nội vụ" is not "Nội vũ"). */
function normalize(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

/**
 * Finds the unit a plan means by `reference`: a unit code (e.g. DN-CM-PNV), else the exact name,
 * else a name that starts with the reference as whole words ("Phòng Nội vụ huyện" for "Phòng Nội
 * vụ huyện Cẩm Mỹ"). The first rule that matches decides; more than one match there is ambiguous.
 */
export function matchUnitReference(reference: string, units: readonly ReferableUnit[]): UnitMatch {
  const wanted = normalize(reference);
  const rules: ((unit: ReferableUnit) => boolean)[] = [
    (unit) => normalize(unit.code) === wanted,
    (unit) => normalize(unit.name) === wanted,
    (unit) => normalize(unit.name).startsWith(`${wanted} `),
  ];
  for (const rule of rules) {
    const matches = units.filter(rule);
    if (matches.length === 1) return { kind: 'found', unit: matches[0]! };
    if (matches.length > 1) return { kind: 'ambiguous', candidates: matches };
  }
  return { kind: 'unknown' };
}
