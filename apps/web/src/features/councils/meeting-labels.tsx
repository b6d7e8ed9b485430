import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { codeLabel } from '../../components/labels';

const STATUS_COLORS: Record<string, string> = {
  SCHEDULED: 'processing',
  OPEN: 'warning',
  CLOSED: 'default',
};

/** Where a meeting stands: convened, in session, closed. */
export function MeetingStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status] ?? 'default'}>
      {codeLabel(t, 'meetingStatuses', status, status)}
    </Tag>
  );
}

/** A seat on the council; `mine` says it is the reader's. */
export function SeatTag({ seat, mine = false }: { seat: string; mine?: boolean }) {
  const { t } = useTranslation();
  const name = codeLabel(t, 'seats', seat, t('seats.member'));
  return <Tag color="blue">{mine ? t('councils.yourSeat', { seat: name }) : name}</Tag>;
}
