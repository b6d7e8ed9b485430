/**
 * What a person may be granted on a unit. A grant covers the unit's whole subtree, including units
 * later merged into it. Names are stored in `role_grants.role`; never rename one.
 */
export const Role = {
  /** Emulation officer of a unit: starts and edits the unit's dossiers. */
  UNIT_OFFICER: 'UNIT_OFFICER',
  /** Head of a unit: endorses what the unit proposes. */
  UNIT_HEAD: 'UNIT_HEAD',
  /** Emulation officer of a level (district/commune Home Affairs, provincial board): appraises dossiers. */
  REVIEWER: 'REVIEWER',
  /** Secretary of an emulation council: prepares meetings and ballots. */
  COUNCIL_SECRETARY: 'COUNCIL_SECRETARY',
  /** Member of an emulation council: votes. */
  COUNCIL_MEMBER: 'COUNCIL_MEMBER',
  /** Chairman or vice-chairman who signs decisions. */
  LEADER: 'LEADER',
  /** Manages units, accounts and role grants; operates the system. */
  ADMIN: 'ADMIN',
  /** Reads everything, changes nothing. */
  AUDITOR: 'AUDITOR',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/** Every role, in the order people are shown them. */
export const ROLES: readonly Role[] = Object.values(Role);

/**
 * Roles held for a level's body (its emulation officers, council, leaders). A task for one of them goes
 * to the holders of the role on exactly that level's unit: a provincial reviewer does not review a
 * district's dossiers. Other roles (a unit's officers and head) cover their unit's subtree.
 */
export const LEVEL_ROLES: readonly Role[] = [
  Role.REVIEWER,
  Role.COUNCIL_SECRETARY,
  Role.COUNCIL_MEMBER,
  Role.LEADER,
];

/** What each role is called, Vietnamese first (vai trò). */
export const ROLE_NAMES: Readonly<Record<Role, { vi: string; en: string }>> = {
  UNIT_OFFICER: { vi: 'Cán bộ thi đua của đơn vị', en: 'Unit emulation officer' },
  UNIT_HEAD: { vi: 'Thủ trưởng đơn vị', en: 'Head of unit' },
  REVIEWER: { vi: 'Chuyên viên thẩm định', en: 'Reviewer' },
  COUNCIL_SECRETARY: { vi: 'Thư ký Hội đồng Thi đua – Khen thưởng', en: 'Council secretary' },
  COUNCIL_MEMBER: { vi: 'Ủy viên Hội đồng Thi đua – Khen thưởng', en: 'Council member' },
  LEADER: { vi: 'Lãnh đạo UBND', en: 'Leader' },
  ADMIN: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  AUDITOR: { vi: 'Kiểm toán, thanh tra', en: 'Auditor' },
};
