import { DownloadOutlined, SearchOutlined } from '../../components/icons';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Input, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import type { paths } from '../../api/schema.gen';
import { ApiErrorAlert, errorMessage } from '../../components/ApiErrorAlert';
import { EmptyState } from '../../components/EmptyState';
import { closingReasonText, codeLabel, roleLabel } from '../../components/labels';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../format/format';
import { downloadFile } from '../dossiers/files/upload';
import { vietnamInstant } from '../councils/meeting-rules';
import { AUDIT_ACTIONS } from './audit-actions';

type AuditRecord = Schemas['AuditRecordDto'];
type AuditFilters = NonNullable<paths['/api/v1/audit']['get']['parameters']['query']>;

const FILTERS = ['action', 'workflowId', 'unitId', 'actorId', 'from', 'to'] as const;

function filtersFrom(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = { limit: 50 };
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return filters;
}

/**
 * The audit trail: who did what, for which unit, when, under which role, with the request and the
 * workflow; filtered in the address (so a repair links to its rows) and exported as CSV for Excel.
 */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const units = useQuery({
    queryKey: ['units'],
    queryFn: () => call(api.GET('/api/v1/units', { params: { query: {} } })),
    staleTime: 10 * 60_000,
  });
  const users = useQuery({
    queryKey: ['admin', 'users'],
    queryFn: () => call(api.GET('/api/v1/users')),
    staleTime: 5 * 60_000,
  });
  const pages = useInfiniteQuery({
    queryKey: ['admin', 'audit', filters],
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/audit', {
          params: { query: { ...filters, ...(pageParam ? { before: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const rows = (pages.data?.pages ?? []).flatMap((page) => page.items);
  const unitName = new Map((units.data ?? []).map((unit) => [unit.id, unit.name]));

  const setFilter = (name: (typeof FILTERS)[number], value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };

  const exportCsv = async () => {
    const query = new URLSearchParams(
      Object.entries(filters).flatMap(([key, value]) =>
        key === 'limit' || value === undefined ? [] : [[key, String(value)]],
      ),
    );
    try {
      await downloadFile(
        `/api/v1/audit/export?${query.toString()}`,
        `nhat-ky-${dayjs().format('YYYY-MM-DD')}.csv`,
      );
    } catch (error) {
      void message.error(errorMessage(error, lang, t('files.downloadFailed')));
    }
  };

  const columns: ColumnsType<AuditRecord> = [
    {
      title: t('audit.when'),
      key: 'when',
      width: 150,
      render: (_, row) => formatDateTime(row.occurredAt),
    },
    {
      title: t('audit.who'),
      key: 'who',
      render: (_, row) => (
        <div>
          <div>{row.actorUsername ?? codeLabel(t, 'actorKinds', row.actorKind, row.actorKind)}</div>
          {row.actorRole && <div className="task-subject">{roleLabel(t, row.actorRole)}</div>}
        </div>
      ),
    },
    {
      title: t('audit.what'),
      key: 'what',
      render: (_, row) => (
        <div>
          <Tag color={row.action.startsWith('ops.') ? 'warning' : 'blue'}>
            {codeLabel(t, 'auditActions', row.action, row.action)}
          </Tag>
          <div className="task-subject">
            {row.workflowId && !/^[a-z-]+-[0-9a-f]{8}-/.test(row.workflowId)
              ? row.workflowId
              : codeLabel(t, 'entityTypes', row.entityType, row.entityType)}
          </div>
        </div>
      ),
    },
    {
      title: t('audit.unit'),
      key: 'unit',
      responsive: ['lg'],
      render: (_, row) => (row.unitId ? (unitName.get(row.unitId) ?? row.unitCode ?? '—') : '—'),
    },
    {
      title: t('audit.reason'),
      key: 'reason',
      responsive: ['md'],
      render: (_, row) => {
        const reason = (row.after as { reason?: unknown } | null)?.reason;
        return typeof reason === 'string' ? closingReasonText(t, reason) : '';
      },
    },
  ];

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        extra={
          <Button icon={<DownloadOutlined />} onClick={() => void exportCsv()}>
            {t('audit.export')}
          </Button>
        }
      />
      <Card className="filters-card">
        <div className="filters">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            aria-label={t('audit.filterAction')}
            placeholder={t('audit.filterAction')}
            value={filters.action}
            onChange={(value?: string) => setFilter('action', value)}
            options={AUDIT_ACTIONS.map((action) => ({
              value: action,
              label: codeLabel(t, 'auditActions', action, action),
            }))}
          />
          <Input
            allowClear
            className="filter-search"
            prefix={<SearchOutlined />}
            aria-label={t('audit.filterWorkflow')}
            placeholder={t('audit.filterWorkflow')}
            defaultValue={filters.workflowId}
            onPressEnter={(event) => setFilter('workflowId', event.currentTarget.value.trim())}
            onBlur={(event) => setFilter('workflowId', event.currentTarget.value.trim())}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            aria-label={t('inbox.filterUnit')}
            placeholder={t('inbox.filterUnit')}
            value={filters.unitId}
            onChange={(value?: string) => setFilter('unitId', value)}
            options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            aria-label={t('audit.filterActor')}
            placeholder={t('audit.filterActor')}
            value={filters.actorId}
            onChange={(value?: string) => setFilter('actorId', value)}
            options={(users.data ?? []).map((user) => ({
              value: user.id,
              label: `${user.fullName} (${user.username})`,
            }))}
          />
          <DatePicker.RangePicker
            format="DD/MM/YYYY"
            aria-label={t('audit.filterDates')}
            placeholder={[t('audit.from'), t('audit.to')]}
            value={
              filters.from && filters.to
                ? [dayjs(filters.from), dayjs(filters.to).subtract(1, 'day')]
                : null
            }
            onChange={(range) => {
              const next = new URLSearchParams(params);
              if (range?.[0] && range[1]) {
                next.set('from', vietnamInstant(range[0].format('YYYY-MM-DD'), '00:00'));
                next.set(
                  'to',
                  vietnamInstant(range[1].add(1, 'day').format('YYYY-MM-DD'), '00:00'),
                );
              } else {
                next.delete('from');
                next.delete('to');
              }
              setParams(next);
            }}
          />
        </div>
      </Card>
      {pages.error ? (
        <ApiErrorAlert error={pages.error} />
      ) : (
        <>
          <Table<AuditRecord>
            className="audit-table"
            rowKey="id"
            size="small"
            loading={pages.isPending}
            columns={columns}
            dataSource={rows}
            pagination={false}
            expandable={{
              expandedRowRender: (row) => <AuditChange row={row} />,
              rowExpandable: (row) => row.before !== null || row.after !== null,
            }}
            locale={{ emptyText: <EmptyState text={t('audit.empty')} /> }}
          />
          {pages.hasNextPage && (
            <div className="form-actions">
              <Button loading={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
                {t('audit.more')}
              </Button>
            </div>
          )}
        </>
      )}
    </>
  );
}

/** A row's before and after, and its request, for those who need the detail. */
function AuditChange({ row }: { row: AuditRecord }) {
  const { t } = useTranslation();
  return (
    <div className="audit-change">
      {row.requestId && (
        <Typography.Text type="secondary">
          {t('audit.requestId')}: <code>{row.requestId}</code>
        </Typography.Text>
      )}
      {row.before && (
        <>
          <Typography.Text strong>{t('audit.before')}</Typography.Text>
          <pre>{JSON.stringify(row.before, null, 2)}</pre>
        </>
      )}
      {row.after && (
        <>
          <Typography.Text strong>{t('audit.after')}</Typography.Text>
          <pre>{JSON.stringify(row.after, null, 2)}</pre>
        </>
      )}
    </div>
  );
}
