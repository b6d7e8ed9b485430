import { ReloadOutlined, ToolOutlined } from '../../components/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { StuckReason } from '@tdkt/contracts';
import {
  Badge,
  Button,
  Card,
  Drawer,
  Grid,
  List,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { useAwards } from '../../api/queries';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyState } from '../../components/EmptyState';
import { codeLabel, stageLabel } from '../../components/labels';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime, localized } from '../../format/format';
import { STAGE_ORDER } from '../dossiers/stages';
import { BulkRepairPanel } from './BulkRepairPanel';
import { StuckSubject } from './StuckSubject';
import { findingHeadline } from './finding-headline';
import { durationSince } from './stuck-evidence';
import { type StuckFilters, stuckKeys, type StuckWorkflow, useStuck } from './stuck-queries';
import { WorkflowDrawer } from './WorkflowDrawer';

const AGES = ['90s', '30m', '12h', '2d'];

/** Every stuck reason (the record makes a new one a compile error here), the most urgent first. */
const REASON_ORDER: Record<StuckReason, number> = {
  'held-for-administrator': 0,
  'activity-retrying': 1,
  'workflow-task-failing': 2,
  'awaited-workflow-closed': 3,
  'task-overdue': 4,
  'no-progress': 5,
};
const REASONS = (Object.keys(REASON_ORDER) as StuckReason[]).sort(
  (a, b) => REASON_ORDER[a] - REASON_ORDER[b],
);
const WORKFLOW_TYPES = [
  'dossierWorkflow',
  'councilMeetingWorkflow',
  'initiativeWorkflow',
  'annualPlanWorkflow',
  'decisionWorkflow',
];

function filtersFrom(params: URLSearchParams): StuckFilters {
  const pick = (name: string) => params.get(name) ?? undefined;
  const year = Number(params.get('year'));
  return {
    ...(pick('reason') ? { reason: pick('reason') as StuckFilters['reason'] } : {}),
    ...(pick('stage') ? { stage: pick('stage') as StuckFilters['stage'] } : {}),
    ...(pick('unitId') ? { unitId: pick('unitId') } : {}),
    ...(pick('awardCode') ? { awardCode: pick('awardCode') } : {}),
    ...(pick('age') ? { age: pick('age') } : {}),
    ...(pick('workflowType') ? { workflowType: pick('workflowType') } : {}),
    ...(year ? { year } : {}),
  };
}

/**
 * The administrator's console of stuck workflows, as Camunda Operate shows incidents but in the
 * terms of the dossier path: why each is stuck in business words (held for an administrator while
 * opening a review task, a reviewer five working days late…), the technical evidence in a drawer,
 * the repairs, and repairs in bulk with a dry run and a progress bar.
 */
export function StuckPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const screens = Grid.useBreakpoint();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const stuck = useStuck(filters);
  const awards = useAwards();
  const units = useQuery({
    queryKey: ['units'],
    queryFn: () => call(api.GET('/api/v1/units', { params: { query: {} } })),
    staleTime: 10 * 60_000,
  });
  const open = params.get('workflow');
  const now = stuck.dataUpdatedAt || 0;

  const setFilter = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(name);
    else next.set(name, value);
    next.delete('workflow');
    setParams(next);
  };
  const openWorkflow = (workflowId: string | null) => {
    const next = new URLSearchParams(params);
    if (workflowId) next.set('workflow', workflowId);
    else next.delete('workflow');
    setParams(next);
  };
  const refresh = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: stuckKeys.all }),
    [queryClient],
  );

  const since = (item: StuckWorkflow) => {
    const earliest = item.findings
      .map((finding) => finding.since)
      .filter((value): value is string => value !== null)
      .sort()[0];
    const duration = durationSince(earliest ?? null, now);
    return duration ? t(`duration.${duration.unit}`, { count: duration.count }) : '—';
  };

  const columns: ColumnsType<StuckWorkflow> = [
    {
      title: t('stuck.subject'),
      key: 'subject',
      render: (_, item) => <StuckSubject item={item} />,
    },
    {
      title: t('stuck.why'),
      key: 'why',
      render: (_, item) => (
        <div>
          <Space wrap size={[4, 4]}>
            {item.reasons.map((reason) => (
              <Tag key={reason} color={reason === 'task-overdue' ? 'warning' : 'error'}>
                {codeLabel(t, 'stuckReasons', reason, reason)}
              </Tag>
            ))}
          </Space>
          {item.findings.map((finding, index) => (
            <div key={index} className="stuck-summary">
              {findingHeadline(t, finding)}
            </div>
          ))}
        </div>
      ),
    },
    {
      title: t('stuck.since'),
      key: 'since',
      responsive: ['lg'],
      render: (_, item) => since(item),
    },
    {
      title: <span className="visually-hidden">{t('inbox.actions')}</span>,
      key: 'actions',
      align: 'right',
      render: (_, item) => (
        <Button
          type="primary"
          ghost
          icon={<ToolOutlined />}
          onClick={() => openWorkflow(item.workflowId)}
          aria-label={t('stuck.openOf', {
            subject: item.dossier?.code ?? item.subject?.label ?? item.workflowType,
          })}
        >
          {t('stuck.open')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('stuck.title')}
        subtitle={
          stuck.data
            ? t('stuck.scanned', {
                count: stuck.data.scanned,
                at: formatDateTime(stuck.data.scannedAt),
              })
            : t('stuck.subtitle')
        }
        extra={
          <Space wrap>
            <Link to="/admin/audit">
              <Button>{t('stuck.auditLink')}</Button>
            </Link>
            <Button icon={<ReloadOutlined />} onClick={refresh} loading={stuck.isFetching}>
              {t('stuck.rescan')}
            </Button>
          </Space>
        }
      />
      <div className="reason-cards" role="group" aria-label={t('stuck.byReason')}>
        {REASONS.map((reason) => {
          const count = stuck.data?.counts[reason] ?? 0;
          const active = filters.reason === reason;
          return (
            <button
              type="button"
              key={reason}
              className={`reason-card${active ? ' reason-card-active' : ''}${count > 0 ? ' reason-card-hot' : ''}`}
              aria-pressed={active}
              onClick={() => setFilter('reason', active ? undefined : reason)}
            >
              <Badge count={count} showZero color={count > 0 ? '#cf1322' : '#8c8c8c'} />
              <span className="reason-card-name">
                {codeLabel(t, 'stuckReasons', reason, reason)}
              </span>
              <span className="reason-card-hint">{t(`stuckHints.${reason}`)}</span>
            </button>
          );
        })}
      </div>
      <Card className="filters-card">
        <div className="filters">
          <Select
            allowClear
            aria-label={t('stuck.filterType')}
            placeholder={t('stuck.filterType')}
            value={filters.workflowType}
            onChange={(value?: string) => setFilter('workflowType', value)}
            options={WORKFLOW_TYPES.map((type) => ({
              value: type,
              label: codeLabel(t, 'workflowTypes', type, type),
            }))}
          />
          <Select
            allowClear
            aria-label={t('inbox.filterStage')}
            placeholder={t('inbox.filterStage')}
            value={filters.stage}
            onChange={(value?: string) => setFilter('stage', value)}
            options={STAGE_ORDER.filter((stage) => stage !== 'DRAFT').map((stage) => ({
              value: stage,
              label: stageLabel(t, stage),
            }))}
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
            aria-label={t('stuck.filterAge')}
            placeholder={t('stuck.filterAge')}
            value={filters.age}
            onChange={(value?: string) => setFilter('age', value)}
            options={AGES.map((age) => ({ value: age, label: t(`stuckAges.${age}` as never) }))}
          />
        </div>
      </Card>
      {stuck.error ? (
        <ApiErrorAlert error={stuck.error} />
      ) : screens.md ? (
        <Table<StuckWorkflow>
          rowKey="workflowId"
          className="stuck-table"
          loading={stuck.isPending}
          columns={columns}
          dataSource={stuck.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: <EmptyState text={t('stuck.empty')} /> }}
        />
      ) : (
        <List<StuckWorkflow>
          loading={stuck.isPending}
          dataSource={stuck.data?.items ?? []}
          locale={{ emptyText: <EmptyState text={t('stuck.empty')} /> }}
          renderItem={(item) => (
            <List.Item key={item.workflowId}>
              <div className="inbox-card">
                <StuckSubject item={item} />
                <Space wrap size={[4, 4]}>
                  {item.reasons.map((reason) => (
                    <Tag key={reason} color="error">
                      {codeLabel(t, 'stuckReasons', reason, reason)}
                    </Tag>
                  ))}
                </Space>
                {item.findings[0] && (
                  <Typography.Text>{findingHeadline(t, item.findings[0])}</Typography.Text>
                )}
                <Button
                  type="primary"
                  ghost
                  icon={<ToolOutlined />}
                  onClick={() => openWorkflow(item.workflowId)}
                >
                  {t('stuck.open')}
                </Button>
              </div>
            </List.Item>
          )}
        />
      )}
      <BulkRepairPanel filters={filters} stuck={stuck.data?.items ?? []} onDone={refresh} />
      <Drawer
        open={open !== null}
        onClose={() => openWorkflow(null)}
        size={screens.lg ? 720 : '100%'}
        title={t('stuck.drawerTitle')}
        destroyOnHidden
      >
        {open && <WorkflowDrawer workflowId={open} onRepaired={refresh} />}
      </Drawer>
    </>
  );
}
