import { Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyState } from '../../components/EmptyState';
import { codeLabel } from '../../components/labels';
import { PageHeader } from '../../components/PageHeader';
import { type ClusterSummary, useClusters } from './cluster-queries';
import { ClusterStatusTag } from './cluster-labels';

/** The emulation clusters and blocks organised in my scope or with a member in it, year by year. */
export function ClustersPage() {
  const { t } = useTranslation();
  const clusters = useClusters();

  const columns: ColumnsType<ClusterSummary> = [
    {
      title: t('clusters.cluster'),
      key: 'name',
      render: (_, cluster) => (
        <div>
          <div className="task-link">{cluster.name}</div>
          <div className="task-subject">
            {cluster.code} · {codeLabel(t, 'clusters.kinds', cluster.kind, cluster.kind)}
          </div>
        </div>
      ),
    },
    {
      title: t('clusters.years'),
      key: 'years',
      render: (_, cluster) =>
        cluster.years.length === 0 ? (
          '—'
        ) : (
          <Space direction="vertical" size={4}>
            {cluster.years.map((year) => (
              <Space key={year.id} wrap size={[8, 4]}>
                <Link to={`/clusters/years/${year.id}`}>
                  {t('clusters.yearLink', { year: year.year })}
                </Link>
                <ClusterStatusTag status={year.status} />
                <Tag>{t('clusters.leaderIs', { unit: year.leaderUnitName })}</Tag>
              </Space>
            ))}
          </Space>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('clusters.title')} subtitle={t('clusters.subtitle')} />
      {clusters.error ? (
        <ApiErrorAlert error={clusters.error} />
      ) : (
        <Table<ClusterSummary>
          rowKey="id"
          loading={clusters.isPending}
          columns={columns}
          dataSource={clusters.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: <EmptyState text={t('clusters.empty')} /> }}
        />
      )}
    </>
  );
}
