import { ClockCircleOutlined, ExclamationCircleOutlined } from './icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { deadlineTone, formatDate } from '../format/format';

const COLORS = { overdue: 'error', today: 'warning', soon: 'gold', ok: 'success' } as const;

/**
 * A deadline as time left in working days, coloured by urgency (red past it, amber today, gold within
 * three working days), with the date itself beside it.
 */
export function DeadlineTag({
  dueAt,
  workingDaysLeft,
}: {
  dueAt: string | null | undefined;
  workingDaysLeft: number | null | undefined;
}) {
  const { t } = useTranslation();
  const tone = deadlineTone(workingDaysLeft);
  if (tone === 'none' || !dueAt) return null;
  const days = Math.abs(workingDaysLeft ?? 0);
  const text =
    tone === 'overdue'
      ? t('deadline.overdue', { count: days })
      : tone === 'today'
        ? t('deadline.today')
        : t('deadline.left', { count: days });
  return (
    <Tooltip title={t('deadline.due', { date: formatDate(dueAt) })}>
      <Tag
        color={COLORS[tone]}
        icon={tone === 'overdue' ? <ExclamationCircleOutlined /> : <ClockCircleOutlined />}
        className="deadline-tag"
      >
        {text} · {formatDate(dueAt)}
      </Tag>
    </Tooltip>
  );
}
