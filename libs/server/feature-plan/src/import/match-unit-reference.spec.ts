import { matchUnitReference, type ReferableUnit } from './match-unit-reference';

const units: ReferableUnit[] = [
  { id: '1', code: 'DN-CM', name: 'UBND huyện Cẩm Mỹ' },
  { id: '2', code: 'DN-CM-PNV', name: 'Phòng Nội vụ huyện Cẩm Mỹ' },
  { id: '3', code: 'DN-CM-PGD', name: 'Phòng Giáo dục và Đào tạo huyện Cẩm Mỹ' },
  { id: '4', code: 'DN-CM-LG', name: 'UBND xã Long Giao' },
  { id: '5', code: 'DN-CM-XM', name: 'UBND xã Xuân Mỹ' },
];

describe('matchUnitReference', () => {
  it.each([
    ['DN-CM-PGD', '3', 'a unit code'],
    ['dn-cm-pgd', '3', 'a unit code in any case'],
    ['UBND huyện Cẩm Mỹ', '1', 'an exact name'],
    ['Phòng Nội vụ huyện', '2', 'the start of a name, as the seed plan writes it'],
    ['Phòng  Giáo dục và Đào tạo', '3', 'extra spaces'],
    ['PHÒNG NỘI VỤ HUYỆN', '2', 'capitals'],
  ])('finds %s (%s)', (reference, id) => {
    expect(matchUnitReference(reference, units)).toEqual({
      kind: 'found',
      unit: units.find((u) => u.id === id),
    });
  });

  it('says which units an ambiguous name could mean', () => {
    const match = matchUnitReference('UBND xã', units);
    expect(match).toEqual({ kind: 'ambiguous', candidates: [units[3], units[4]] });
  });

  it.each([['Phòng Nội vũ huyện'], ['Sở Y tế']])('does not guess for %s', (reference) => {
    expect(matchUnitReference(reference, units)).toEqual({ kind: 'unknown' });
  });
});
