import { PlusOutlined } from '../../components/icons';
import { Button, Card, Grid, List, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type CouncilMeetingSummary, useCouncilMeetings } from './council-queries';
import { can } from '../../auth/session';
import { useMe } from '../../auth/useSession';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../format/format';
import { MeetingStatusTag, SeatTag } from './meeting-labels';

/**
 * Council meetings in my scope and those I sit on: when and where, how many members and dossiers,
 * where each stands. The secretary convenes a new one from here.
 */
export function CouncilMeetingListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const screens = Grid.useBreakpoint();
  const meetings = useCouncilMeetings();
  const items = meetings.data?.items ?? [];
  const invitations = items.filter(
    (meeting) => meeting.myPosition !== null && meeting.status !== 'CLOSED',
  );

  const columns: ColumnsType<CouncilMeetingSummary> = [
    {
      title: t('councils.meeting'),
      key: 'title',
      render: (_, meeting) => (
        <div>
          <Link to={`/council-meetings/${meeting.id}`} className="task-link">
            {meeting.title}
          </Link>
          <div className="task-subject">{meeting.unitName}</div>
        </div>
      ),
    },
    {
      title: t('councils.when'),
      key: 'when',
      render: (_, meeting) => (
        <div>
          <div>{formatDateTime(meeting.scheduledAt)}</div>
          <div className="task-subject">{meeting.location}</div>
        </div>
      ),
    },
    {
      title: t('councils.size'),
      key: 'size',
      responsive: ['lg'],
      render: (_, meeting) =>
        t('councils.sizeValue', { members: meeting.membersTotal, dossiers: meeting.agendaTotal }),
    },
    {
      title: t('councils.status'),
      key: 'status',
      render: (_, meeting) => (
        <Space wrap size={[4, 4]}>
          <MeetingStatusTag status={meeting.status} />
          {meeting.myPosition && <SeatTag seat={meeting.myPosition} mine />}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('councils.title')}
        subtitle={t('councils.subtitle')}
        extra={
          can(me, 'council:manage') && (
            <Link to="/council-meetings/new">
              <Button type="primary" icon={<PlusOutlined />}>
                {t('councils.convene')}
              </Button>
            </Link>
          )
        }
      />
      {invitations.length > 0 && (
        <Card title={t('councils.invitations')} className="detail-section">
          <List
            dataSource={invitations}
            renderItem={(meeting) => (
              <List.Item key={meeting.id}>
                <List.Item.Meta
                  title={<Link to={`/council-meetings/${meeting.id}`}>{meeting.title}</Link>}
                  description={
                    <Space wrap size={[8, 4]}>
                      <span>
                        {formatDateTime(meeting.scheduledAt)} · {meeting.location}
                      </span>
                      {meeting.myPosition && <SeatTag seat={meeting.myPosition} mine />}
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      )}
      {meetings.error ? (
        <ApiErrorAlert error={meetings.error} />
      ) : screens.md ? (
        <Table<CouncilMeetingSummary>
          rowKey="id"
          loading={meetings.isPending}
          columns={columns}
          dataSource={items}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: <EmptyState text={t('councils.empty')} /> }}
        />
      ) : (
        <List<CouncilMeetingSummary>
          loading={meetings.isPending}
          dataSource={items}
          locale={{ emptyText: <EmptyState text={t('councils.empty')} /> }}
          renderItem={(meeting) => (
            <List.Item key={meeting.id}>
              <div className="inbox-card">
                <Link to={`/council-meetings/${meeting.id}`} className="task-link">
                  {meeting.title}
                </Link>
                <Typography.Text type="secondary">
                  {formatDateTime(meeting.scheduledAt)} · {meeting.location}
                </Typography.Text>
                <Space wrap size={[4, 4]}>
                  <MeetingStatusTag status={meeting.status} />
                  <Tag>
                    {t('councils.sizeValue', {
                      members: meeting.membersTotal,
                      dossiers: meeting.agendaTotal,
                    })}
                  </Tag>
                </Space>
              </div>
            </List.Item>
          )}
        />
      )}
    </>
  );
}
