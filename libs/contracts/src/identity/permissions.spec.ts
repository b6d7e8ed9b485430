import {
  isReadPermission,
  PERMISSIONS,
  ROLE_PERMISSIONS,
  roleGrants,
  rolesGranting,
} from './permissions';
import { ROLES } from './roles';

describe('roles and permissions', () => {
  it('names the permissions other modules build on', () => {
    expect(PERMISSIONS).toEqual(
      expect.arrayContaining([
        'dossier:create',
        'dossier:read',
        'dossier:review',
        'dossier:decide',
        'task:read',
        'task:assign',
        'council:manage',
        'council:vote',
        'unit:manage',
        'user:manage',
        'audit:read',
        'admin:operate',
        'plan:manage',
        'plan:complete',
        'plan:read',
        'notification:read',
      ]),
    );
  });

  it('gives every role a list and every permission a role', () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort());
    expect(PERMISSIONS.filter((permission) => rolesGranting(permission).length === 0)).toEqual([]);
  });

  it('makes the AUDITOR read everything and change nothing', () => {
    expect([...ROLE_PERMISSIONS.AUDITOR].sort()).toEqual(
      PERMISSIONS.filter(isReadPermission).sort(),
    );
  });

  it.each([
    ['dossier:create', ['UNIT_OFFICER']],
    ['dossier:endorse', ['UNIT_HEAD']],
    ['dossier:review', ['REVIEWER']],
    ['council:manage', ['COUNCIL_SECRETARY']],
    ['council:vote', ['COUNCIL_MEMBER']],
    ['dossier:decide', ['LEADER']],
    ['unit:manage', ['ADMIN']],
    ['user:manage', ['ADMIN']],
    ['admin:operate', ['ADMIN']],
    ['audit:read', ['ADMIN', 'AUDITOR']],
    ['plan:manage', ['REVIEWER']],
    ['plan:complete', ['REVIEWER', 'UNIT_HEAD', 'UNIT_OFFICER']],
  ] as const)('grants %s only to %j', (permission, roles) => {
    expect(rolesGranting(permission).sort()).toEqual([...roles].sort());
  });

  it('keeps dossier contents away from the system administrator', () => {
    expect(roleGrants('ADMIN', 'dossier:read')).toBe(false);
    expect(roleGrants('AUDITOR', 'dossier:read')).toBe(true);
  });
});
