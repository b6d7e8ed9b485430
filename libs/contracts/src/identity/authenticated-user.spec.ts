import { nearestGrant, type RoleGrant } from './authenticated-user';

const school: RoleGrant = { role: 'UNIT_OFFICER', unitId: 'school' };
const district: RoleGrant = { role: 'REVIEWER', unitId: 'district' };
const province: RoleGrant = { role: 'ADMIN', unitId: 'province' };
const elsewhere: RoleGrant = { role: 'REVIEWER', unitId: 'another-district' };

/** A school under a district under the province: each ancestor's steps up from the school. */
const aboveSchool = new Map([
  ['school', 0],
  ['district', 1],
  ['province', 2],
]);

describe('nearestGrant', () => {
  it.each<[string, RoleGrant[], RoleGrant | null]>([
    ['no candidate', [], null],
    ['only a grant outside the unit’s ancestry', [elsewhere], null],
    ['a grant on the unit itself', [school], school],
    ['a grant on an ancestor', [province], province],
    ['the nearer of two ancestors, whatever their order', [province, district], district],
    ['the unit itself before its ancestors', [province, district, school], school],
    ['an in-scope grant next to an out-of-scope one', [elsewhere, province], province],
  ])('%s', (_case, candidates, expected) => {
    expect(nearestGrant(candidates, aboveSchool)).toEqual(expected);
  });

  it('keeps the first of two grants on the same unit', () => {
    const reviewer: RoleGrant = { role: 'REVIEWER', unitId: 'district' };
    const leader: RoleGrant = { role: 'LEADER', unitId: 'district' };
    expect(nearestGrant([reviewer, leader], aboveSchool)).toBe(reviewer);
  });
});
