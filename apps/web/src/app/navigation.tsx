import {
  BarChartOutlined,
  BellOutlined,
  FileExcelOutlined,
  FileAddOutlined,
  FolderOpenOutlined,
  HomeOutlined,
  InboxOutlined,
  UnorderedListOutlined,
} from '../components/icons';
import type { ReactNode } from 'react';
import type { ParseKeys } from 'i18next';
import { can, type Me } from '../auth/session';

/** An entry of the side menu: where it goes, its label, and who sees it. */
export interface NavigationEntry {
  path: string;
  label: ParseKeys;
  icon: ReactNode;
  visible: (user: Me) => boolean;
}

/**
 * The side menu, by what each person's roles allow. Part 2 (councils, plans, administration) adds
 * its entries here.
 */
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
    icon: <BarChartOutlined />,
    visible: (user) => can(user, 'dossier:read'),
  },
  {
    path: '/notifications',
    label: 'nav.notifications',
    icon: <BellOutlined />,
    visible: (user) => can(user, 'notification:read'),
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
