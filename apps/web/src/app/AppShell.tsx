import { MenuOutlined } from '../components/icons';
import { Button, Drawer, Grid, Layout, Menu } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useMe } from '../auth/useSession';
import { HealthBanner } from '../components/HealthBanner';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PageSkeleton } from '../components/PageSkeleton';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { activeEntry, NAVIGATION } from './navigation';
import { UserMenu } from './UserMenu';

/** The frame of every signed-in screen: masthead, menu by role, health banner, the screen. */
export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg ?? true;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const entries = useMemo(() => NAVIGATION.filter((entry) => entry.visible(me)), [me]);
  const selected = activeEntry(location.pathname, entries);

  const menu = (
    <nav aria-label={t('nav.menu')}>
      <Menu
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        onClick={() => setDrawerOpen(false)}
        items={entries.map((entry) => ({
          key: entry.path,
          icon: entry.icon,
          label: <Link to={entry.path}>{t(entry.label)}</Link>,
        }))}
      />
    </nav>
  );

  return (
    <Layout className="app-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Layout.Header className="app-header">
        {!wide && (
          <Button
            type="text"
            className="header-icon-button"
            icon={<MenuOutlined />}
            aria-label={t('nav.openMenu')}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Link to="/" className="brand" aria-label={t('app.homeLink')}>
          <img src="/favicon.svg" alt="" width={32} height={32} />
          <span className="brand-text">
            <strong>{t('app.name')}</strong>
            {screens.md && <span className="brand-subtitle">{t('app.fullName')}</span>}
          </span>
        </Link>
        <div className="header-actions">
          <LanguageSwitch compact={!screens.sm} />
          <NotificationBell />
          <UserMenu user={me} compact={!screens.md} />
        </div>
      </Layout.Header>
      <Layout>
        {wide ? (
          <Layout.Sider width={232} className="app-sider" theme="light">
            {menu}
          </Layout.Sider>
        ) : (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title={t('nav.menu')}
            size={280}
            styles={{ body: { padding: 0 } }}
          >
            {menu}
          </Drawer>
        )}
        <Layout.Content id="main" className="app-content" tabIndex={-1}>
          <HealthBanner />
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
