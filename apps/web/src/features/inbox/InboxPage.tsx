import { CheckSquareOutlined, ReloadOutlined } from '../../components/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Drawer,
  Grid,
  List,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { queryKeys, type Task, type TaskFilters, useAwards, useTasks } from '../../api/queries';
import { can } from '../../auth/session';
import { useMe } from '../../auth/useSession';
import { ApiErrorAlert, errorMessage } from '../../components/ApiErrorAlert';
import { DeadlineTag } from '../../components/DeadlineTag';
import { EmptyState } from '../../components/EmptyState';
import { stageLabel } from '../../components/labels';
import { PageHeader } from '../../components/PageHeader';
import { deadlineTone, localized } from '../../format/format';
import { STAGE_ORDER } from '../dossiers/stages';
import { TaskPanel } from './TaskPanel';

const TASK_TYPES = [
  'dossier.review',
  'dossier.supplement',
  'dossier.decision',
  'dossier.objection-review',
  'dossier.central-outcome',
  'cluster.sign-pact',
  'cluster.self-score',
  'cluster.review',
];

/** Filters the address keeps, so that a filtered inbox can be reloaded and shared. */
function filtersFrom(params: URLSearchParams): TaskFilters {
  const year = Number(params.get('year'));
  return {
    status: 'open',
    limit: 100,
    ...(params.get('type') ? { type: params.get('type') ?? undefined } : {}),
    ...(params.get('stage') ? { stage: params.get('stage') as TaskFilters['stage'] } : {}),
    ...(params.get('awardCode') ? { awardCode: params.get('awardCode') ?? undefined } : {}),
    ...(params.get('unitId') ? { unitId: params.get('unitId') ?? undefined } : {}),
    ...(year ? { year } : {}),
    ...(params.get('mine') === 'true' ? { mine: 'true' } : {}),
    ...(params.get('overdue') === 'true' ? { overdue: 'true' } : {}),
  };
}

/**
 * The inbox: every task for me or my roles, soonest deadline first and coloured by time left, with
 * filters; a task opens beside the list with its form. A leader can approve several dossiers at once.
 */
export function InboxPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const me = useMe();
  const screens = Grid.useBreakpoint();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const tasks = useTasks(filters);
  const awards = useAwards();
  const units = useQuery({
    queryKey: ['units'],
    queryFn: () => call(api.GET('/api/v1/units', { params: { query: {} } })),
    staleTime: 10 * 60_000,
  });
  const [selected, setSelected] = useState<string[]>([]);
  const openTaskId = params.get('task');
  const listed = tasks.data?.items.find((task) => task.id === openTaskId);
  // A task opened from elsewhere may be on no page of this list; one just completed leaves it.
  const single = useQuery({
    queryKey: ['tasks', 'one', openTaskId],
    queryFn: () =>
      call(api.GET('/api/v1/tasks/{id}', { params: { path: { id: openTaskId ?? '' } } })),
    enabled: openTaskId !== null && tasks.isSuccess && listed === undefined,
    staleTime: Infinity,
  });
  // The task opened from the list stays open after it is completed and leaves the list.
  const [kept, setKept] = useState<Task | null>(null);
  const openTask =
    openTaskId === null
      ? undefined
      : (listed ?? (kept?.id === openTaskId ? kept : undefined) ?? single.data);

  const setFilter = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(name);
    else next.set(name, value);
    next.delete('task');
    setParams(next);
    setSelected([]);
  };
  const open = (task: Task | null) => {
    setKept(task);
    const next = new URLSearchParams(params);
    if (task) next.set('task', task.id);
    else next.delete('task');
    setParams(next);
  };

  const decisions = (tasks.data?.items ?? []).filter(
    (task) => task.type === 'dossier.decision' && task.dossier,
  );
  const canBatch = can(me, 'dossier:decide') && decisions.length > 1;

  const approveBatch = () => {
    const chosen = decisions.filter((task) => selected.includes(task.id));
    const unitIds = [...new Set(chosen.map((task) => task.candidateUnitId))];
    if (chosen.length === 0 || unitIds.length !== 1 || !unitIds[0]) {
      void message.warning(t('inbox.batchOneUnit'));
      return;
    }
    modal.confirm({
      title: t('inbox.batchConfirm', { count: chosen.length }),
      content: (
        <ul className="field-problems">
          {chosen.map((task) => (
            <li key={task.id}>
              {task.dossier?.code} · {task.dossier?.nominee.name}
            </li>
          ))}
        </ul>
      ),
      okText: t('inbox.batchApprove'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const decision = await call(
            api.POST('/api/v1/decisions', {
              body: {
                unitId: unitIds[0] ?? '',
                dossierIds: chosen.map((task) => task.dossier?.id ?? ''),
              },
            }),
          );
          const number = (decision as { number?: string } | undefined)?.number;
          void message.success(number ? t('inbox.batchDone', { number }) : t('inbox.batchQueued'));
          setSelected([]);
          await queryClient.invalidateQueries({ queryKey: queryKeys.tasks });
          await queryClient.invalidateQueries({ queryKey: queryKeys.dossiers });
        } catch (failure) {
          void message.error(errorMessage(failure, lang, t('errors.unexpected')));
        }
      },
    });
  };

  const columns: ColumnsType<Task> = useMemo(
    () => [
      {
        title: t('inbox.task'),
        key: 'task',
        render: (_, task) => (
          <div>
            <Button type="link" className="task-link" onClick={() => open(task)}>
              {localized(task.title, lang)}
            </Button>
            <div className="task-subject">
              {task.dossier ? (
                <Link to={`/dossiers/${task.dossier.code}`}>
                  {task.dossier.code} · {task.dossier.nominee.name}
                </Link>
              ) : (
                task.subject.label
              )}
            </div>
          </div>
        ),
      },
      {
        title: t('inbox.unit'),
        key: 'unit',
        responsive: ['lg'],
        render: (_, task) => task.subject.unitName ?? '—',
      },
      {
        title: t('inbox.deadline'),
        key: 'due',
        sorter: (a, b) => (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999'),
        defaultSortOrder: 'ascend',
        render: (_, task) =>
          task.dueAt ? (
            <DeadlineTag dueAt={task.dueAt} workingDaysLeft={task.workingDaysLeft} />
          ) : (
            <Typography.Text type="secondary">{t('task.noDeadline')}</Typography.Text>
          ),
      },
      {
        title: t('inbox.holder'),
        key: 'holder',
        responsive: ['md'],
        render: (_, task) =>
          task.assigneeName ? (
            <Tag color={task.assigneeId === me.id ? 'blue' : 'default'}>{task.assigneeName}</Tag>
          ) : (
            <Typography.Text type="secondary">{t('task.nobody')}</Typography.Text>
          ),
      },
      {
        title: <span className="visually-hidden">{t('inbox.actions')}</span>,
        key: 'actions',
        align: 'right',
        render: (_, task) => (
          <Button type="primary" ghost onClick={() => open(task)}>
            {t('inbox.handle')}
          </Button>
        ),
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- open() only reads the address
    [t, lang, me.id, params],
  );

  const awardOptions = (awards.data?.awards ?? []).map((award) => ({
    value: award.code,
    label: localized(award.name, lang),
  }));
  const year = Number((awards.data?.asOf ?? '').slice(0, 4)) || new Date().getFullYear();

  return (
    <>
      <PageHeader
        title={t('inbox.title')}
        subtitle={t('inbox.subtitle')}
        extra={
          <Space wrap>
            {canBatch && (
              <Button
                type="primary"
                icon={<CheckSquareOutlined />}
                disabled={selected.length === 0}
                onClick={approveBatch}
              >
                {t('inbox.batchApprove')} {selected.length > 0 ? `(${selected.length})` : ''}
              </Button>
            )}
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void queryClient.invalidateQueries({ queryKey: queryKeys.tasks })}
            >
              {t('common.refresh')}
            </Button>
          </Space>
        }
      />
      <Card className="filters-card">
        <div className="filters">
          <Select
            allowClear
            aria-label={t('inbox.filterType')}
            placeholder={t('inbox.filterType')}
            value={filters.type}
            onChange={(value?: string) => setFilter('type', value)}
            options={TASK_TYPES.map((type) => ({
              value: type,
              label: t(`taskTypes.${type.replace(/[.-]/g, '_')}` as never),
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
            aria-label={t('inbox.filterAward')}
            placeholder={t('inbox.filterAward')}
            value={filters.awardCode}
            onChange={(value?: string) => setFilter('awardCode', value)}
            options={awardOptions}
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
            aria-label={t('inbox.filterYear')}
            placeholder={t('inbox.filterYear')}
            value={filters.year}
            onChange={(value?: number) => setFilter('year', value ? String(value) : undefined)}
            options={[year, year - 1, year - 2].map((value) => ({ value, label: String(value) }))}
          />
          <label className="filter-switch">
            <Switch
              size="small"
              checked={filters.mine === 'true'}
              onChange={(checked) => setFilter('mine', checked ? 'true' : undefined)}
            />
            {t('inbox.mine')}
          </label>
          <label className="filter-switch">
            <Switch
              size="small"
              checked={filters.overdue === 'true'}
              onChange={(checked) => setFilter('overdue', checked ? 'true' : undefined)}
            />
            {t('inbox.overdueOnly')}
          </label>
        </div>
      </Card>
      {tasks.error ? (
        <ApiErrorAlert error={tasks.error} />
      ) : screens.md ? (
        <Table<Task>
          className="inbox-table"
          rowKey="id"
          loading={tasks.isPending}
          columns={columns}
          dataSource={tasks.data?.items ?? []}
          pagination={false}
          rowClassName={(task) => `deadline-${deadlineTone(task.workingDaysLeft)}`}
          rowSelection={
            canBatch
              ? {
                  selectedRowKeys: selected,
                  onChange: (keys) => setSelected(keys.map(String)),
                  getCheckboxProps: (task) => ({
                    disabled: task.type !== 'dossier.decision',
                    'aria-label': t('inbox.select', {
                      code: task.dossier?.code ?? task.subject.label,
                    }),
                  }),
                }
              : undefined
          }
          locale={{ emptyText: <EmptyState text={t('inbox.empty')} /> }}
          footer={() => t('inbox.count', { count: tasks.data?.total ?? 0 })}
        />
      ) : (
        <List<Task>
          className="inbox-list"
          loading={tasks.isPending}
          dataSource={tasks.data?.items ?? []}
          locale={{ emptyText: <EmptyState text={t('inbox.empty')} /> }}
          renderItem={(task) => (
            <List.Item key={task.id} className={`deadline-${deadlineTone(task.workingDaysLeft)}`}>
              <div className="inbox-card">
                <Button type="link" className="task-link" onClick={() => open(task)}>
                  {localized(task.title, lang)}
                </Button>
                <div className="task-subject">
                  {task.dossier
                    ? `${task.dossier.code} · ${task.dossier.nominee.name}`
                    : task.subject.label}
                </div>
                <Space wrap size={[8, 4]}>
                  <DeadlineTag dueAt={task.dueAt} workingDaysLeft={task.workingDaysLeft} />
                  {task.assigneeName && <Tag>{task.assigneeName}</Tag>}
                </Space>
              </div>
            </List.Item>
          )}
        />
      )}
      <Drawer
        open={openTask !== undefined}
        onClose={() => open(null)}
        size={screens.md ? 560 : '100%'}
        title={openTask ? localized(openTask.title, lang) : ''}
        destroyOnHidden
      >
        {openTask && <TaskPanel task={openTask} onClose={() => open(null)} />}
      </Drawer>
    </>
  );
}
