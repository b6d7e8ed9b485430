import { AlertOutlined, FileAddOutlined, SearchOutlined } from '../../../components/icons';
import { Button, Card, Grid, Input, List, Select, Space, Switch, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  type DossierFilters,
  type DossierSummary,
  useAwardNames,
  useAwards,
  useDossiers,
} from '../../../api/queries';
import { can } from '../../../auth/session';
import { useMe } from '../../../auth/useSession';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { DeadlineTag } from '../../../components/DeadlineTag';
import { EmptyState } from '../../../components/EmptyState';
import { stageLabel } from '../../../components/labels';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate, localized } from '../../../format/format';
import { STAGE_ORDER, stageColor } from '../stages';

const PAGE_SIZE = 20;

function filtersFrom(params: URLSearchParams): DossierFilters {
  const year = Number(params.get('year'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  return {
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
    ...(params.get('stage') ? { stage: [params.get('stage')] as DossierFilters['stage'] } : {}),
    ...(params.get('awardCode') ? { awardCode: params.get('awardCode') ?? undefined } : {}),
    ...(params.get('q') ? { q: params.get('q') ?? undefined } : {}),
    ...(year ? { year } : {}),
    ...(params.get('overdue') === 'true' ? { overdue: 'true' } : {}),
  };
}

/** The dossiers in my scope, searchable by name or code (`HS-2024-000001`) and filtered. */
export function DossierListPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const me = useMe();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const dossiers = useDossiers(filters);
  const awards = useAwards();
  const awardName = useAwardNames();
  const year = Number((awards.data?.asOf ?? '').slice(0, 4)) || new Date().getFullYear();

  const setFilter = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(name);
    else next.set(name, value);
    if (name !== 'page') next.delete('page');
    setParams(next);
  };

  const columns: ColumnsType<DossierSummary> = [
    {
      title: t('dossiers.code'),
      key: 'code',
      render: (_, dossier) => <Link to={`/dossiers/${dossier.code}`}>{dossier.code}</Link>,
    },
    {
      title: t('dossiers.nominee'),
      key: 'nominee',
      render: (_, dossier) => (
        <div>
          <div>{dossier.nominee.name}</div>
          <div className="task-subject">{dossier.proposingUnitName}</div>
        </div>
      ),
    },
    {
      title: t('dossiers.award'),
      key: 'award',
      responsive: ['lg'],
      render: (_, dossier) => `${awardName(dossier.awardCode, lang)} – ${dossier.year}`,
    },
    {
      title: t('dossiers.stage'),
      key: 'stage',
      render: (_, dossier) => (
        <Space direction="vertical" size={4}>
          <Tag color={stageColor(dossier.stage)}>{localized(dossier.stageName, lang)}</Tag>
          <DeadlineTag dueAt={dossier.stageDueAt} workingDaysLeft={dossier.workingDaysLeft} />
        </Space>
      ),
    },
    {
      title: t('dossiers.updated'),
      key: 'updated',
      responsive: ['xl'],
      render: (_, dossier) => formatDate(dossier.updatedAt),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('dossiers.title')}
        subtitle={t('dossiers.subtitle')}
        extra={
          can(me, 'dossier:create') && (
            <Space>
              <Link to="/dossiers/new?track=ad-hoc">
                <Button icon={<AlertOutlined />}>{t('tracks.ad-hoc')}</Button>
              </Link>
              <Link to="/dossiers/new">
                <Button type="primary" icon={<FileAddOutlined />}>
                  {t('nav.newDossier')}
                </Button>
              </Link>
            </Space>
          )
        }
      />
      <Card className="filters-card">
        <div className="filters">
          <Input.Search
            allowClear
            aria-label={t('dossiers.search')}
            placeholder={t('dossiers.search')}
            defaultValue={filters.q}
            enterButton={
              <>
                <SearchOutlined /> {t('dossiers.searchButton')}
              </>
            }
            onSearch={(value) => setFilter('q', value.trim())}
            className="filter-search"
          />
          <Select
            allowClear
            aria-label={t('inbox.filterStage')}
            placeholder={t('inbox.filterStage')}
            value={filters.stage?.[0]}
            onChange={(value?: string) => setFilter('stage', value)}
            options={STAGE_ORDER.map((stage) => ({ value: stage, label: stageLabel(t, stage) }))}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            aria-label={t('inbox.filterAward')}
            placeholder={t('inbox.filterAward')}
            value={filters.awardCode}
            onChange={(value?: string) => setFilter('awardCode', value)}
            options={(awards.data?.awards ?? []).map((award) => ({
              value: award.code,
              label: localized(award.name, lang),
            }))}
          />
          <Select
            allowClear
            aria-label={t('inbox.filterYear')}
            placeholder={t('inbox.filterYear')}
            value={filters.year}
            onChange={(value?: number) => setFilter('year', value ? String(value) : undefined)}
            options={[year, year - 1, year - 2].map((value) => ({ value, label: String(value) }))}
          />
          <label className="filter-switch">
            <Switch
              size="small"
              checked={filters.overdue === 'true'}
              onChange={(checked) => setFilter('overdue', checked ? 'true' : undefined)}
            />
            {t('dossiers.overdueOnly')}
          </label>
        </div>
      </Card>
      {dossiers.error ? (
        <ApiErrorAlert error={dossiers.error} />
      ) : screens.md ? (
        <Table<DossierSummary>
          rowKey="id"
          loading={dossiers.isPending}
          columns={columns}
          dataSource={dossiers.data?.items ?? []}
          onRow={(dossier) => ({
            onDoubleClick: () => void navigate(`/dossiers/${dossier.code}`),
          })}
          locale={{ emptyText: <EmptyState text={t('dossiers.empty')} /> }}
          pagination={{
            current: Math.floor((filters.offset ?? 0) / PAGE_SIZE) + 1,
            pageSize: PAGE_SIZE,
            total: dossiers.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('dossiers.total', { count: total }),
            onChange: (page) => setFilter('page', String(page)),
          }}
        />
      ) : (
        <List<DossierSummary>
          loading={dossiers.isPending}
          dataSource={dossiers.data?.items ?? []}
          locale={{ emptyText: <EmptyState text={t('dossiers.empty')} /> }}
          pagination={{
            current: Math.floor((filters.offset ?? 0) / PAGE_SIZE) + 1,
            pageSize: PAGE_SIZE,
            total: dossiers.data?.total ?? 0,
            onChange: (page) => setFilter('page', String(page)),
            size: 'small',
          }}
          renderItem={(dossier) => (
            <List.Item key={dossier.id}>
              <div className="inbox-card">
                <Link to={`/dossiers/${dossier.code}`} className="task-link">
                  {dossier.code} · {dossier.nominee.name}
                </Link>
                <div className="task-subject">
                  {awardName(dossier.awardCode, lang)} – {dossier.year}
                </div>
                <Space wrap size={[8, 4]}>
                  <Tag color={stageColor(dossier.stage)}>{localized(dossier.stageName, lang)}</Tag>
                  <DeadlineTag
                    dueAt={dossier.stageDueAt}
                    workingDaysLeft={dossier.workingDaysLeft}
                  />
                </Space>
              </div>
            </List.Item>
          )}
        />
      )}
    </>
  );
}
