import { Spin } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { session } from '../auth/session';
import { useSession } from '../auth/useSession';

/** Shows its children to a signed-in person; others go to the sign-in page, then come back. */
export function RequireSession({ children }: { children: ReactNode }) {
  const state = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  useEffect(() => {
    if (state.status === 'loading') void session.restore();
  }, [state.status]);
  if (state.status === 'loading')
    return (
      <div className="full-page-center" role="status" aria-live="polite">
        <Spin size="large" />
        <span>{t('app.loadingSession')}</span>
      </div>
    );
  if (state.status === 'signed-out') {
    const back = `${location.pathname}${location.search}`;
    const query = new URLSearchParams();
    if (back !== '/') query.set('next', back);
    if (state.reason === 'expired') query.set('reason', 'expired');
    if (state.reason === 'signed-out') query.set('reason', 'signed-out');
    const suffix = query.toString();
    return <Navigate to={`/sign-in${suffix ? `?${suffix}` : ''}`} replace />;
  }
  return children;
}
