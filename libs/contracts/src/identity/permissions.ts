import { Role } from './roles';

/**
 * Everything a route or a use case can require. `<resource>:<verb>`; verbs ending in `read` change
 * nothing, which is what the AUDITOR role is made of.
 */
export const PERMISSIONS = [
  'dossier:create',
  'dossier:read',
  'dossier:update',
  'dossier:endorse',
  'dossier:review',
  'dossier:decide',
  'task:read',
  'task:assign',
  'council:manage',
  'council:vote',
  'plan:read',
  'plan:manage',
  /** Mark a plan item done: on the item's owner unit (the issuer's plan:manage covers every item). */
  'plan:complete',
  'rules:read',
  'notification:read',
  'unit:read',
  'unit:manage',
  'user:read',
  'user:manage',
  'audit:read',
  'admin:operate',
  /** Publish a holiday schedule or a base-salary step (legal data that changes without a release). */
  'legal-data:publish',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** True for a permission that only reads. */
export function isReadPermission(permission: Permission): boolean {
  return permission.endsWith(':read');
}

const READ_ONLY: readonly Permission[] = PERMISSIONS.filter(isReadPermission);
/** The legal rules (award catalog, eligibility, holidays), and one's units, plans, tasks, notifications. */
const EVERYONE: readonly Permission[] = [
  'rules:read',
  'unit:read',
  'plan:read',
  'notification:read',
  'task:read',
];

/**
 * What each role may do, on the units of its grant's subtree. ADMIN runs the system but does not read
 * dossiers: the content of a nomination is for the people who handle it and for auditors.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.UNIT_OFFICER]: [
    ...EVERYONE,
    'dossier:create',
    'dossier:read',
    'dossier:update',
    'plan:complete',
  ],
  [Role.UNIT_HEAD]: [
    ...EVERYONE,
    'dossier:read',
    'dossier:endorse',
    'task:assign',
    'plan:complete',
  ],
  [Role.REVIEWER]: [
    ...EVERYONE,
    'dossier:read',
    'dossier:review',
    'task:assign',
    'plan:manage',
    'plan:complete',
  ],
  [Role.COUNCIL_SECRETARY]: [...EVERYONE, 'dossier:read', 'council:manage', 'task:assign'],
  [Role.COUNCIL_MEMBER]: [...EVERYONE, 'dossier:read', 'council:vote'],
  [Role.LEADER]: [...EVERYONE, 'dossier:read', 'dossier:decide'],
  [Role.ADMIN]: [
    ...EVERYONE,
    'unit:manage',
    'user:read',
    'user:manage',
    'audit:read',
    'admin:operate',
    'legal-data:publish',
  ],
  [Role.AUDITOR]: READ_ONLY,
};

/** True when the role grants the permission. */
export function roleGrants(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** The roles that grant a permission. */
export function rolesGranting(permission: Permission): Role[] {
  return (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((role) => roleGrants(role, permission));
}
