import { Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';

/** What a screen shows while its data loads: its outline, announced to screen readers. */
export function PageSkeleton({ rows = 6 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" aria-label={t('app.loading')}>
      <Skeleton.Input active size="large" style={{ width: 320, marginBottom: 24 }} />
      <Card>
        <Skeleton active paragraph={{ rows }} />
      </Card>
    </div>
  );
}
