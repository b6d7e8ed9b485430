import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  BookOutlined,
  BulbOutlined,
  CalendarOutlined,
  ExclamationCircleOutlined,
  FileExcelOutlined,
  FileAddOutlined,
  FileDoneOutlined,
  FolderOpenOutlined,
  FundOutlined,
  HomeOutlined,
  InboxOutlined,
  TeamOutlined,
  ToolOutlined,
  UnorderedListOutlined,
  UserOutlined,
} from '../components/icons';
import type { ReactNode } from 'react';
import type { ParseKeys } from 'i18next';
import { can, holds, type Me } from '../auth/session';

/** An entry of the side menu: where it goes, its label, and who sees it. */
export interface NavigationEntry {
  path: string;
  label: ParseKeys;
  icon: ReactNode;
  visible: (user: Me) => boolean;
}

/** The side menu, by what each person's roles allow: the dossier path first, then administration. */
export const NAVIGATION: NavigationEntry[] = [
  { path: '/', label: 'nav.home', icon: <HomeOutlined />, visible: () => true },
  {
    path: '/inbox',
    label: 'nav.inbox',
    icon: <InboxOutlined />,
    visible: (user) => can(user, 'task:read'),
  },
  {
    path: '/dossiers',
    label: 'nav.dossiers',
    icon: <FolderOpenOutlined />,
    visible: (user) => can(user, 'dossier:read'),
  },
  {
    path: '/dossiers/new',
    label: 'nav.newDossier',
    icon: <FileAddOutlined />,
    visible: (user) => can(user, 'dossier:create'),
  },
  {
    path: '/dossiers/batch',
    label: 'nav.batch',
    icon: <UnorderedListOutlined />,
    visible: (user) => can(user, 'dossier:create'),
  },
  {
    path: '/dossiers/import',
    label: 'nav.import',
    icon: <FileExcelOutlined />,
    visible: (user) => can(user, 'dossier:create'),
  },
  {
    path: '/statistics',
    label: 'nav.statistics',
    icon: <FundOutlined />,
    visible: (user) => can(user, 'dossier:read'),
  },
  {
    path: '/initiatives',
    label: 'nav.initiatives',
    icon: <BulbOutlined />,
    visible: (user) => can(user, 'dossier:create') || can(user, 'dossier:endorse'),
  },
  {
    path: '/complaints',
    label: 'nav.complaints',
    icon: <ExclamationCircleOutlined />,
    visible: (user) => can(user, 'dossier:read'),
  },
  {
    path: '/council-meetings',
    label: 'nav.councils',
    icon: <TeamOutlined />,
    visible: (user) =>
      can(user, 'council:manage') || can(user, 'council:vote') || can(user, 'dossier:decide'),
  },
  {
    path: '/decisions',
    label: 'nav.decisions',
    icon: <FileDoneOutlined />,
    visible: (user) =>
      can(user, 'dossier:decide') || can(user, 'plan:manage') || holds(user, 'AUDITOR'),
  },
  {
    path: '/clusters',
    label: 'nav.clusters',
    icon: <ApartmentOutlined />,
    visible: (user) => can(user, 'plan:read'),
  },
  {
    path: '/plans',
    label: 'nav.plans',
    icon: <CalendarOutlined />,
    visible: (user) => can(user, 'plan:read'),
  },
  {
    path: '/charts',
    label: 'nav.charts',
    icon: <BarChartOutlined />,
    visible: (user) => can(user, 'dossier:read') || can(user, 'admin:operate'),
  },
  {
    path: '/notifications',
    label: 'nav.notifications',
    icon: <BellOutlined />,
    visible: (user) => can(user, 'notification:read'),
  },
  {
    path: '/admin/stuck',
    label: 'nav.adminStuck',
    icon: <ToolOutlined />,
    visible: (user) => can(user, 'admin:operate'),
  },
  {
    path: '/admin/units',
    label: 'nav.adminUnits',
    icon: <ApartmentOutlined />,
    visible: (user) => can(user, 'unit:manage'),
  },
  {
    path: '/admin/users',
    label: 'nav.adminUsers',
    icon: <UserOutlined />,
    visible: (user) => can(user, 'user:manage'),
  },
  {
    path: '/admin/audit',
    label: 'nav.adminAudit',
    icon: <AuditOutlined />,
    visible: (user) => can(user, 'audit:read'),
  },
  {
    path: '/admin/rules',
    label: 'nav.adminRules',
    icon: <BookOutlined />,
    visible: (user) => can(user, 'legal-data:publish') || can(user, 'admin:operate'),
  },
];

/** The entry a path belongs to: the longest matching prefix (`/dossiers/HS-…` is under `/dossiers`). */
export function activeEntry(pathname: string, entries: NavigationEntry[]): string | undefined {
  const exact = entries.find((entry) => entry.path === pathname);
  if (exact) return exact.path;
  return entries
    .filter((entry) => entry.path !== '/' && pathname.startsWith(`${entry.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}
