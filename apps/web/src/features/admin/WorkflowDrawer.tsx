import { ExportOutlined } from '../../components/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Collapse,
  Descriptions,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Radio,
  Select,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageSkeleton } from '../../components/PageSkeleton';
import { codeLabel, eventLabel, roleLabel, stageLabel } from '../../components/labels';
import { formatDateTime } from '../../format/format';
import { findingSummary } from './finding-summary';
import { evidenceLines, holderText, suggestedRepairs } from './stuck-evidence';
import { stuckKeys, useWorkflowInspection, type WorkflowInspection } from './stuck-queries';
import { StuckSubject } from './StuckSubject';

type Repair = 'retry' | 'reset' | 'remind' | 'cancel' | 'terminate' | 'reassign';

/** What the repair modal needs besides the reason: the task concerned, the reset point. */
interface RepairTarget {
  repair: Repair;
  taskId?: string;
  taskRole?: string;
}

/**
 * One workflow, as an administrator repairs it: why it is stuck in business words, the technical
 * evidence (last error, attempts, pending activity, timers), the open tasks and who holds them, the
 * timeline, the Temporal UI; each repair asks for its reason and a confirmation, and is audited.
 */
export function WorkflowDrawer({
  workflowId,
  onRepaired,
}: {
  workflowId: string;
  onRepaired: () => void;
}) {
  const { t } = useTranslation();
  const inspection = useWorkflowInspection(workflowId);
  const [target, setTarget] = useState<RepairTarget | null>(null);

  if (inspection.isPending) return <PageSkeleton rows={8} />;
  if (inspection.error) return <ApiErrorAlert error={inspection.error} />;
  const data = inspection.data;
  const reasons = data.findings.map((finding) => finding.reason);
  const running = data.status === 'RUNNING';

  return (
    <div className="workflow-drawer">
      <StuckSubject item={data} />
      <Space wrap size={[4, 4]} className="drawer-tags">
        <Tag>{codeLabel(t, 'workflowStatuses', data.status, data.status)}</Tag>
        {data.dossier && <Tag color="blue">{stageLabel(t, data.dossier.stage)}</Tag>}
        {data.temporalUiUrl && (
          <a href={data.temporalUiUrl} target="_blank" rel="noreferrer" className="temporal-link">
            {t('stuck.temporalUi')} <ExportOutlined />
          </a>
        )}
      </Space>

      <Card size="small" title={t('stuck.businessReason')} className="detail-section">
        {data.findings.length === 0 ? (
          <Typography.Text type="secondary">{t('stuck.notStuck')}</Typography.Text>
        ) : (
          data.findings.map((finding, index) => (
            <div key={`${finding.reason}-${index}`} className="finding">
              <Tag color="error">
                {codeLabel(t, 'stuckReasons', finding.reason, finding.reason)}
              </Tag>
              <Typography.Paragraph className="finding-summary">
                {findingSummary(t, finding)}
              </Typography.Paragraph>
              <Descriptions
                size="small"
                column={1}
                bordered
                className="evidence"
                items={evidenceLines(finding, (role) => roleLabel(t, role)).map((line) => ({
                  key: line.label,
                  label: t(`evidence.${line.label}`),
                  children: line.instant ? (
                    formatDateTime(line.value)
                  ) : line.code ? (
                    <code className="evidence-code">{line.value}</code>
                  ) : (
                    line.value
                  ),
                }))}
              />
            </div>
          ))
        )}
      </Card>

      {running && (
        <Card size="small" title={t('stuck.repairs')} className="detail-section">
          <Space wrap>
            {suggestedRepairs(reasons).map((repair, index) => (
              <Button
                key={repair}
                type={
                  index === 0 && repair !== 'cancel' && repair !== 'terminate'
                    ? 'primary'
                    : 'default'
                }
                danger={repair === 'cancel' || repair === 'terminate'}
                onClick={() =>
                  setTarget({
                    repair,
                    ...(repair === 'remind' && data.openTasks[0]
                      ? { taskId: data.openTasks[0].taskId }
                      : {}),
                  })
                }
                disabled={repair === 'remind' && data.openTasks.length === 0}
              >
                {t(`repairs.${repair}`)}
              </Button>
            ))}
          </Space>
          <Typography.Paragraph type="secondary" className="repair-hint">
            {t('stuck.repairHint')}
          </Typography.Paragraph>
        </Card>
      )}

      <Card size="small" title={t('stuck.openTasks')} className="detail-section">
        {data.openTasks.length === 0 ? (
          <Typography.Text type="secondary">{t('stuck.noOpenTasks')}</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={data.openTasks}
            renderItem={(task) => (
              <List.Item
                key={task.taskId}
                actions={
                  running
                    ? [
                        <Button
                          key="reassign"
                          size="small"
                          onClick={() =>
                            setTarget({
                              repair: 'reassign',
                              taskId: task.taskId,
                              ...(task.heldBy.kind === 'role'
                                ? { taskRole: task.heldBy.role }
                                : {}),
                            })
                          }
                        >
                          {t('repairs.reassign')}
                        </Button>,
                        <Button
                          key="remind"
                          size="small"
                          onClick={() => setTarget({ repair: 'remind', taskId: task.taskId })}
                        >
                          {t('repairs.remind')}
                        </Button>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={codeLabel(t, 'taskTypes', task.taskType, task.taskType)}
                  description={
                    <>
                      <div>{holderText(task.heldBy, (role) => roleLabel(t, role))}</div>
                      {task.dueAt && (
                        <div>{t('deadline.due', { date: formatDateTime(task.dueAt) })}</div>
                      )}
                    </>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Card>

      <Collapse
        className="detail-section"
        items={[
          {
            key: 'technical',
            label: t('stuck.technical'),
            children: <Technical data={data} />,
          },
          ...(data.timeline.length > 0
            ? [
                {
                  key: 'timeline',
                  label: t('stuck.timeline', { count: data.timeline.length }),
                  children: (
                    <Timeline
                      items={data.timeline.map((event) => ({
                        key: event.seq,
                        children: (
                          <>
                            <div>{eventLabel(t, event.type)}</div>
                            <div className="timeline-meta">
                              {formatDateTime(event.at)} · {event.actorName ?? t('timeline.system')}{' '}
                              · {stageLabel(t, event.stage)}
                            </div>
                          </>
                        ),
                      }))}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {target && (
        <RepairModal
          inspection={data}
          target={target}
          onClose={() => setTarget(null)}
          onDone={() => {
            setTarget(null);
            onRepaired();
          }}
        />
      )}
    </div>
  );
}

/** What Temporal knows: pending activities, the workflow task, timers, history length, reset points. */
function Technical({ data }: { data: WorkflowInspection }) {
  const { t } = useTranslation();
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'id', label: t('stuck.workflowId'), children: <code>{data.workflowId}</code> },
          {
            key: 'type',
            label: t('stuck.workflowType'),
            children: codeLabel(t, 'workflowTypes', data.workflowType, data.workflowType),
          },
          { key: 'started', label: t('stuck.startedAt'), children: formatDateTime(data.startedAt) },
          { key: 'history', label: t('stuck.historyLength'), children: data.historyLength },
          { key: 'queue', label: t('stuck.taskQueue'), children: <code>{data.taskQueue}</code> },
          {
            key: 'timers',
            label: t('stuck.timers'),
            children:
              data.timers.length === 0
                ? '—'
                : data.timers
                    .map((timer) => (timer.firesAt ? formatDateTime(timer.firesAt) : timer.timerId))
                    .join(', '),
          },
        ]}
      />
      {data.pendingActivities.map((activity) => (
        <Alert
          key={activity.activityId}
          type="warning"
          className="form-notice"
          title={t('stuck.pendingActivity', {
            activity: activity.activityType,
            attempt: activity.attempt,
          })}
          description={activity.lastFailure ? <code>{activity.lastFailure}</code> : undefined}
        />
      ))}
      {data.pendingWorkflowTask && (
        <Alert
          type="error"
          title={t('stuck.workflowTaskFailing', { attempt: data.pendingWorkflowTask.attempt })}
        />
      )}
    </>
  );
}

/** A repair: its reason (into the audit trail), what it applies to, and a confirmation. */
function RepairModal({
  inspection,
  target,
  onClose,
  onDone,
}: {
  inspection: WorkflowInspection;
  target: RepairTarget;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ reason: string; to: string; assigneeId: string; taskId: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const destructive = target.repair === 'cancel' || target.repair === 'terminate';
  const users = useQuery({
    queryKey: ['admin', 'users'],
    queryFn: () => call(api.GET('/api/v1/users')),
    enabled: target.repair === 'reassign',
  });
  const candidates = (users.data ?? []).filter(
    (user) =>
      !user.disabled &&
      (target.taskRole === undefined ||
        user.grants.some((grant) => grant.role === target.taskRole)),
  );
  const path = { params: { path: { workflowId: inspection.workflowId } } };

  const submit = async (values: {
    reason: string;
    to: string;
    assigneeId: string;
    taskId: string;
  }) => {
    setBusy(true);
    setError(null);
    const reason = values.reason.trim();
    try {
      switch (target.repair) {
        case 'retry':
          await call(
            api.POST('/api/v1/admin/workflows/{workflowId}/retry', { ...path, body: { reason } }),
          );
          break;
        case 'reset': {
          const event = values.to.startsWith('event:') ? Number(values.to.slice(6)) : undefined;
          await call(
            api.POST('/api/v1/admin/workflows/{workflowId}/reset', {
              ...path,
              body:
                event === undefined
                  ? { reason, to: values.to as 'start' | 'last-good' }
                  : { reason, to: 'event', eventId: event },
            }),
          );
          break;
        }
        case 'cancel':
          await call(
            api.POST('/api/v1/admin/workflows/{workflowId}/cancel', { ...path, body: { reason } }),
          );
          break;
        case 'terminate':
          await call(
            api.POST('/api/v1/admin/workflows/{workflowId}/terminate', {
              ...path,
              body: { reason },
            }),
          );
          break;
        case 'remind':
          await call(
            api.POST('/api/v1/admin/tasks/{taskId}/remind', {
              params: { path: { taskId: values.taskId } },
              body: { reason },
            }),
          );
          break;
        case 'reassign':
          await call(
            api.POST('/api/v1/admin/tasks/{taskId}/reassign', {
              params: { path: { taskId: values.taskId } },
              body: { reason, assigneeId: values.assigneeId },
            }),
          );
          break;
      }
      void message.success(t(`repairs.done.${target.repair}`));
      await queryClient.invalidateQueries({ queryKey: stuckKeys.workflow(inspection.workflowId) });
      onDone();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t(`repairs.${target.repair}`)}
      onCancel={onClose}
      okText={t(`repairs.confirm.${target.repair}`)}
      okButtonProps={{ danger: destructive, loading: busy }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph>{t(`repairs.explain.${target.repair}`)}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ to: 'last-good', taskId: target.taskId }}
        onFinish={(values) => void submit(values)}
      >
        {(target.repair === 'remind' || target.repair === 'reassign') && (
          <Form.Item name="taskId" label={t('stuck.task')} rules={[{ required: true }]}>
            <Select
              options={inspection.openTasks.map((task) => ({
                value: task.taskId,
                label: `${codeLabel(t, 'taskTypes', task.taskType, task.taskType)} – ${holderText(task.heldBy, (role) => roleLabel(t, role))}`,
              }))}
            />
          </Form.Item>
        )}
        {target.repair === 'reassign' && (
          <Form.Item
            name="assigneeId"
            label={t('repairs.assignee')}
            rules={[{ required: true, message: t('repairs.assigneeRequired') }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              loading={users.isPending}
              notFoundContent={
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={t('repairs.noCandidate')}
                />
              }
              options={candidates.map((user) => ({
                value: user.id,
                label: `${user.fullName} (${user.username})`,
              }))}
            />
          </Form.Item>
        )}
        {target.repair === 'reset' && (
          <Form.Item name="to" label={t('repairs.resetTo')}>
            <Radio.Group>
              <Space direction="vertical">
                <Radio value="last-good">{t('repairs.resetLastGood')}</Radio>
                <Radio value="start">{t('repairs.resetStart')}</Radio>
                {inspection.resetPoints.slice(-5).map((point) => (
                  <Radio key={point.eventId} value={`event:${point.eventId}`}>
                    {t('repairs.resetEvent', {
                      event: point.eventId,
                      at: point.at ? formatDateTime(point.at) : '—',
                    })}
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('repairs.reason')}
          extra={t('repairs.reasonHint')}
          rules={[
            { required: true, whitespace: true, message: t('repairs.reasonRequired') },
            { min: 5, message: t('repairs.reasonRequired') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
      {error !== null && <ApiErrorAlert error={error} />}
    </Modal>
  );
}
