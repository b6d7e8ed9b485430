import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { codeLabel } from '../../components/labels';

const COLORS: Record<string, string> = {
  FORMED: 'default',
  PACT_SIGNING: 'processing',
  PACT_SIGNED: 'cyan',
  SCORING: 'processing',
  REVIEWING: 'gold',
  REVIEWED: 'green',
  HANDED_OVER: 'purple',
};

/** Where a cluster's year stands, in words. */
export function ClusterStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status] ?? 'default'}>
      {codeLabel(t, 'clusters.statuses', status, status)}
    </Tag>
  );
}
