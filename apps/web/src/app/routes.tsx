import { createBrowserRouter } from 'react-router';
import { PageSkeleton } from '../components/PageSkeleton';
import { RouteError } from '../components/RouteError';
import { SignInPage } from '../features/sign-in/SignInPage';
import { AppShell } from './AppShell';
import { RequireSession } from './RequireSession';

/**
 * Every screen and its address. Screens load on first visit (their code is split by route); the
 * side menu (navigation.tsx) offers each to those whose roles allow it.
 */
export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage />, errorElement: <RouteError /> },
  {
    path: '/cong-khai',
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageSkeleton />,
    lazy: () =>
      import('../features/disclosure/PublicDisclosurePage').then((m) => ({
        Component: m.PublicDisclosurePage,
      })),
  },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppShell />
      </RequireSession>
    ),
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageSkeleton />,
    children: [
      {
        index: true,
        lazy: () => import('../features/home/HomePage').then((m) => ({ Component: m.HomePage })),
      },
      {
        path: 'inbox',
        lazy: () => import('../features/inbox/InboxPage').then((m) => ({ Component: m.InboxPage })),
      },
      {
        path: 'dossiers',
        lazy: () =>
          import('../features/dossiers/list/DossierListPage').then((m) => ({
            Component: m.DossierListPage,
          })),
      },
      {
        path: 'dossiers/new',
        lazy: () =>
          import('../features/dossiers/form/DossierFormPage').then((m) => ({
            Component: m.DossierFormPage,
          })),
      },
      {
        path: 'dossiers/batch',
        lazy: () =>
          import('../features/dossiers/batch/BatchPage').then((m) => ({ Component: m.BatchPage })),
      },
      {
        path: 'dossiers/import',
        lazy: () =>
          import('../features/imports/ImportPage').then((m) => ({ Component: m.ImportPage })),
      },
      {
        path: 'statistics',
        lazy: () =>
          import('../features/statistics/StatisticsPage').then((m) => ({
            Component: m.StatisticsPage,
          })),
      },
      {
        path: 'dossiers/:ref',
        lazy: () =>
          import('../features/dossiers/detail/DossierDetailPage').then((m) => ({
            Component: m.DossierDetailPage,
          })),
      },
      {
        path: 'dossiers/:ref/edit',
        lazy: () =>
          import('../features/dossiers/form/DossierFormPage').then((m) => ({
            Component: m.DossierFormPage,
          })),
      },
      {
        path: 'council-meetings',
        lazy: () =>
          import('../features/councils/CouncilMeetingListPage').then((m) => ({
            Component: m.CouncilMeetingListPage,
          })),
      },
      {
        path: 'council-meetings/new',
        lazy: () =>
          import('../features/councils/ConveneMeetingPage').then((m) => ({
            Component: m.ConveneMeetingPage,
          })),
      },
      {
        path: 'council-meetings/:id',
        lazy: () =>
          import('../features/councils/CouncilMeetingPage').then((m) => ({
            Component: m.CouncilMeetingPage,
          })),
      },
      {
        path: 'clusters',
        lazy: () =>
          import('../features/clusters/ClustersPage').then((m) => ({
            Component: m.ClustersPage,
          })),
      },
      {
        path: 'clusters/years/:id',
        lazy: () =>
          import('../features/clusters/ClusterYearPage').then((m) => ({
            Component: m.ClusterYearPage,
          })),
      },
      {
        path: 'decisions',
        lazy: () =>
          import('../features/decisions/DecisionsPage').then((m) => ({
            Component: m.DecisionsPage,
          })),
      },
      {
        path: 'decisions/:id',
        lazy: () =>
          import('../features/decisions/DecisionsPage').then((m) => ({
            Component: m.DecisionPage,
          })),
      },
      {
        path: 'initiatives',
        lazy: () =>
          import('../features/initiatives/InitiativesPage').then((m) => ({
            Component: m.InitiativesPage,
          })),
      },
      {
        path: 'complaints',
        lazy: () =>
          import('../features/complaints/ComplaintsPage').then((m) => ({
            Component: m.ComplaintsPage,
          })),
      },
      {
        path: 'complaints/:id',
        lazy: () =>
          import('../features/complaints/ComplaintsPage').then((m) => ({
            Component: m.ComplaintsPage,
          })),
      },
      {
        path: 'plans',
        lazy: () => import('../features/plans/PlansPage').then((m) => ({ Component: m.PlansPage })),
      },
      {
        path: 'charts',
        lazy: () =>
          import('../features/charts/ChartsPage').then((m) => ({ Component: m.ChartsPage })),
      },
      {
        path: 'admin/stuck',
        lazy: () => import('../features/admin/StuckPage').then((m) => ({ Component: m.StuckPage })),
      },
      {
        path: 'admin/audit',
        lazy: () => import('../features/admin/AuditPage').then((m) => ({ Component: m.AuditPage })),
      },
      {
        path: 'admin/units',
        lazy: () => import('../features/admin/UnitsPage').then((m) => ({ Component: m.UnitsPage })),
      },
      {
        path: 'admin/users',
        lazy: () => import('../features/admin/UsersPage').then((m) => ({ Component: m.UsersPage })),
      },
      {
        path: 'admin/rules',
        lazy: () => import('../features/admin/RulesPage').then((m) => ({ Component: m.RulesPage })),
      },
      {
        path: 'notifications',
        lazy: () =>
          import('../features/notifications/NotificationsPage').then((m) => ({
            Component: m.NotificationsPage,
          })),
      },
      {
        path: 'settings/notifications',
        lazy: () =>
          import('../features/notifications/PreferencesPage').then((m) => ({
            Component: m.PreferencesPage,
          })),
      },
      {
        path: '*',
        lazy: () => import('../components/NotFound').then((m) => ({ Component: m.NotFound })),
      },
    ],
  },
]);
