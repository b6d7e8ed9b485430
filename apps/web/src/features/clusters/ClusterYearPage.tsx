import { Descriptions, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { codeLabel } from '../../components/labels';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../format/format';
import { BoardActions, LeaderProposals } from './ClusterYearActions';
import { ClusterTaskForm } from './ClusterTaskForms';
import {
  type ClusterMember,
  type ClusterYear,
  useClusterYear,
  useMyClusterTasks,
} from './cluster-queries';
import { ClusterStatusTag } from './cluster-labels';

/**
 * A cluster's year: its members with the pact, the self-scores and evidence, the review's scores and
 * ranking (ties shown), the proposals and the handover; my task about it, and what the board and the
 * leader may do next.
 */
export function ClusterYearPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const year = useClusterYear(id);
  const tasks = useMyClusterTasks(id);
  if (year.error) return <ApiErrorAlert error={year.error} />;
  if (!year.data) return null;
  const data = year.data;
  const nameOf = (unitId: string | null) =>
    data.members.find((member) => member.unitId === unitId)?.unitName ?? '—';

  return (
    <>
      <PageHeader
        title={t('clusters.yearTitle', { cluster: data.clusterName, year: data.year })}
        subtitle={`${data.clusterCode} · ${codeLabel(t, 'clusters.kinds', data.kind, data.kind)}`}
        extra={<ClusterStatusTag status={data.status} />}
      />
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} className="detail-section">
        <Descriptions.Item label={t('clusters.leader')}>{data.leaderUnitName}</Descriptions.Item>
        <Descriptions.Item label={t('clusters.deputy')}>
          {nameOf(data.deputyUnitId)}
        </Descriptions.Item>
        <Descriptions.Item label={t('clusters.pact')}>
          {data.pactSignedAt
            ? t('clusters.pactSignedOn', { date: formatDateTime(data.pactSignedAt) })
            : t('clusters.pactSignedCount', {
                signed: data.members.filter((member) => member.pactSignedAt).length,
                total: data.members.length,
              })}
        </Descriptions.Item>
        <Descriptions.Item label={t('clusters.scoringTable')}>
          {data.scoringVersion
            ? t('clusters.tableVersion', { version: data.scoringVersion })
            : t('clusters.tableVersions', { count: data.scoringTables.length })}
        </Descriptions.Item>
        {data.review && (
          <Descriptions.Item label={t('clusters.minutes')} span={2}>
            {data.review.minutes}
          </Descriptions.Item>
        )}
        {data.nextLeaderUnitId && (
          <Descriptions.Item label={t('clusters.nextLeader')} span={2}>
            {t('clusters.handedOver', {
              unit: nameOf(data.nextLeaderUnitId),
              date: data.handedOverAt ? formatDateTime(data.handedOverAt) : '—',
            })}
          </Descriptions.Item>
        )}
      </Descriptions>
      {(tasks.data ?? []).map((task) => (
        <ClusterTaskForm key={task.id} task={task} year={data} />
      ))}
      <MembersTable year={data} />
      <LeaderProposals year={data} />
      <BoardActions year={data} />
    </>
  );
}

function MembersTable({ year }: { year: ClusterYear }) {
  const { t } = useTranslation();
  const nameOf = (unitId: string) =>
    year.members.find((member) => member.unitId === unitId)?.unitName ?? unitId;
  const columns: ColumnsType<ClusterMember> = [
    {
      title: t('clusters.rank'),
      key: 'rank',
      width: 110,
      render: (_, member) =>
        member.rank === null ? (
          '—'
        ) : (
          <Space size={4} wrap>
            <strong>{member.rank}</strong>
            {member.tiedWith.length > 0 && (
              <Tag color="orange">
                {t('clusters.tiedWith', { units: member.tiedWith.map(nameOf).join(', ') })}
              </Tag>
            )}
          </Space>
        ),
    },
    {
      title: t('clusters.member'),
      key: 'unit',
      render: (_, member) => (
        <div>
          <div>{member.unitName}</div>
          {member.unitId === year.leaderUnitId && <Tag color="blue">{t('clusters.leader')}</Tag>}
          {member.proposedAwardCode && (
            <Tag color="green">
              {codeLabel(t, 'clusters.awards', member.proposedAwardCode, member.proposedAwardCode)}
            </Tag>
          )}
        </div>
      ),
    },
    {
      title: t('clusters.pact'),
      key: 'pact',
      render: (_, member) =>
        member.pactSignedAt ? formatDateTime(member.pactSignedAt) : t('clusters.notSigned'),
    },
    {
      title: t('clusters.selfScore'),
      key: 'self',
      render: (_, member) =>
        member.selfScoreMissed ? (
          <Tag color="red">{t('clusters.missed')}</Tag>
        ) : member.selfScores ? (
          <div>
            <div>
              {Object.entries(member.selfScores)
                .map(([code, points]) => `${code}: ${points}`)
                .join(' · ')}
            </div>
            {member.evidence.map((item) => (
              <Typography.Text
                key={`${item.title}${item.reference}`}
                type="secondary"
                className="task-subject"
              >
                {item.title} — {item.reference}
              </Typography.Text>
            ))}
          </div>
        ) : (
          '—'
        ),
    },
    {
      title: t('clusters.total'),
      key: 'total',
      render: (_, member) => (member.total === null ? '—' : member.total),
    },
  ];
  return (
    <Table<ClusterMember>
      className="detail-section"
      rowKey="unitId"
      columns={columns}
      dataSource={year.members}
      pagination={false}
    />
  );
}
