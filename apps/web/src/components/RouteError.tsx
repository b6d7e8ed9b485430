import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/** A screen that failed to load or render: what happened, and the way home. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (!notFound) console.error('The screen failed', error);
  return (
    <Result
      status={notFound ? '404' : 'error'}
      title={notFound ? t('errors.notFound') : t('errors.pageFailed')}
      subTitle={notFound ? t('errors.notFoundHint') : t('errors.pageFailedHint')}
      extra={
        <Button type="primary" onClick={() => window.location.assign('/')}>
          {t('errors.backHome')}
        </Button>
      }
    />
  );
}
