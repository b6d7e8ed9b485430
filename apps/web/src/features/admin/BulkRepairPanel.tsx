import { EyeOutlined, PlayCircleOutlined, StopOutlined } from '../../components/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, callAs } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { findingHeadline } from './finding-headline';
import { codeLabel } from '../../components/labels';
import {
  type BulkRepairBody,
  type BulkRepairItem,
  type BulkRepairProgress,
  type StuckFilters,
  type StuckWorkflow,
  useBulkProgress,
} from './stuck-queries';

type Action = BulkRepairBody['action'];
const ACTIONS: Action[] = ['retry', 'remind', 'reset', 'cancel', 'terminate'];

/** The audit action each item of a bulk repair is written under. */
const AUDITED_AS: Record<Action, string> = {
  retry: 'ops.activities.retried',
  remind: 'ops.reminder.resent',
  reset: 'ops.workflow.reset',
  cancel: 'ops.workflow.cancelled',
  terminate: 'ops.workflow.terminated',
};

interface BulkValues {
  action: Action;
  resetTo: 'start' | 'last-good';
  reason: string;
  concurrency: number;
}

type Planned = { dryRun: boolean; operationId: string | null; items: BulkRepairItem[] };

/**
 * Repairs in bulk the stuck workflows the page's filter selects: a dry run first lists each one and
 * what the repair would do, then the same items are repaired by a workflow of their own, followed
 * here by a progress bar until every item has its result; it can be stopped while it runs.
 */
export function BulkRepairPanel({
  filters,
  stuck,
  onDone,
}: {
  filters: StuckFilters;
  stuck: readonly StuckWorkflow[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<BulkValues>();
  const action = Form.useWatch('action', form) ?? 'retry';
  const [plan, setPlan] = useState<Planned | null>(null);
  const [plannedWith, setPlannedWith] = useState<Action>('retry');
  const [operationId, setOperationId] = useState<string | null>(null);
  const [busy, setBusy] = useState<'dry' | 'run' | 'stop' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [stopping, setStopping] = useState(false);
  const [stopReason, setStopReason] = useState('');
  const progress = useBulkProgress(operationId);
  const byWorkflow = new Map(stuck.map((item) => [item.workflowId, item]));

  const body = (dryRun: boolean): BulkRepairBody => {
    const values = form.getFieldsValue(true) as BulkValues;
    return {
      action: values.action,
      filter: filters,
      reason: values.reason.trim(),
      dryRun,
      concurrency: values.concurrency,
      ...(values.action === 'reset' ? { resetTo: values.resetTo } : {}),
    };
  };

  const dryRun = async () => {
    await form.validateFields();
    setBusy('dry');
    setError(null);
    setOperationId(null);
    try {
      const request = body(true);
      setPlan(await callAs<Planned>(api.POST('/api/v1/admin/bulk', { body: request })));
      setPlannedWith(request.action);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  const run = async () => {
    setBusy('run');
    setError(null);
    try {
      const started = await callAs<Planned>(api.POST('/api/v1/admin/bulk', { body: body(false) }));
      setOperationId(started.operationId);
      setPlan(started);
      void message.success(t('bulk.started', { count: started.items.length }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  const stop = async () => {
    if (!operationId) return;
    setBusy('stop');
    try {
      await callAs<BulkRepairProgress>(
        api.POST('/api/v1/admin/bulk/{operationId}/cancel', {
          params: { path: { operationId } },
          body: { reason: stopReason.trim() },
        }),
      );
      setStopping(false);
      void message.info(t('bulk.stopped'));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  const state = progress.data;
  const finished = state?.finished === true;
  useEffect(() => {
    // Once finished, the list behind the panel has changed.
    if (finished) onDone();
  }, [finished, onDone]);
  const percent = state ? Math.round((state.done / Math.max(1, state.total)) * 100) : 0;

  const columns: ColumnsType<BulkRepairItem> = [
    {
      title: t('stuck.subject'),
      key: 'subject',
      render: (_, item) => (
        <div>
          <strong>
            {item.dossierCode ?? byWorkflow.get(item.workflowId)?.subject?.label ?? '—'}
          </strong>
          <div className="task-subject">
            {byWorkflow.get(item.workflowId)?.findings[0]
              ? findingHeadline(t, byWorkflow.get(item.workflowId)!.findings[0]!)
              : ''}
          </div>
        </div>
      ),
    },
    {
      title: t('bulk.change'),
      key: 'change',
      render: (_, item) => <span title={item.change}>{t(`bulk.changes.${plannedWith}`)}</span>,
    },
    {
      title: t('bulk.result'),
      key: 'result',
      render: (_, item) => {
        const result = state?.results.find((entry) => entry.workflowId === item.workflowId);
        if (!result) return <Tag>{operationId ? t('bulk.waiting') : t('bulk.planned')}</Tag>;
        return (
          <Space direction="vertical" size={0}>
            <Tag
              color={
                result.status === 'done'
                  ? 'success'
                  : result.status === 'failed'
                    ? 'error'
                    : 'default'
              }
            >
              {t(`bulk.statuses.${result.status}`)}
            </Tag>
            {result.status !== 'done' && (
              <span className="task-subject">
                {codeLabel(t, 'errorCodes', result.message, t('bulk.seeAudit'))}
              </span>
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <Card title={t('bulk.title')} className="detail-section bulk-card">
      <Typography.Paragraph type="secondary">{t('bulk.hint')}</Typography.Paragraph>
      <Form<BulkValues>
        form={form}
        layout="vertical"
        initialValues={{ action: 'retry', resetTo: 'last-good', concurrency: 4, reason: '' }}
        onValuesChange={() => {
          if (operationId === null) setPlan(null);
        }}
        disabled={busy !== null || (operationId !== null && !finished)}
      >
        <div className="form-grid">
          <Form.Item name="action" label={t('bulk.action')}>
            <Select options={ACTIONS.map((value) => ({ value, label: t(`repairs.${value}`) }))} />
          </Form.Item>
          {action === 'reset' ? (
            <Form.Item name="resetTo" label={t('repairs.resetTo')}>
              <Select
                options={[
                  { value: 'last-good', label: t('repairs.resetLastGood') },
                  { value: 'start', label: t('repairs.resetStart') },
                ]}
              />
            </Form.Item>
          ) : (
            <Form.Item
              name="concurrency"
              label={t('bulk.concurrency')}
              extra={t('bulk.concurrencyHint')}
            >
              <InputNumber min={1} max={16} />
            </Form.Item>
          )}
          <Form.Item
            name="reason"
            className="form-grid-wide"
            label={t('repairs.reason')}
            extra={t('repairs.reasonHint')}
            rules={[
              { required: true, whitespace: true, message: t('repairs.reasonRequired') },
              { min: 5, message: t('repairs.reasonRequired') },
            ]}
          >
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </div>
        <Space wrap>
          <Button icon={<EyeOutlined />} loading={busy === 'dry'} onClick={() => void dryRun()}>
            {t('bulk.dryRun')}
          </Button>
          <Button
            type="primary"
            danger={action === 'cancel' || action === 'terminate'}
            icon={<PlayCircleOutlined />}
            disabled={plan === null || plan.items.length === 0 || operationId !== null}
            loading={busy === 'run'}
            onClick={() =>
              Modal.confirm({
                title: t('bulk.confirm', { count: plan?.items.length ?? 0 }),
                content: t(`repairs.explain.${action}`),
                okText: t('bulk.run', { count: plan?.items.length ?? 0 }),
                cancelText: t('common.cancel'),
                onOk: run,
              })
            }
          >
            {t('bulk.run', { count: plan?.items.length ?? 0 })}
          </Button>
        </Space>
      </Form>
      {error !== null && <ApiErrorAlert error={error} />}
      {plan !== null && plan.items.length === 0 && (
        <Alert type="info" showIcon className="form-notice" title={t('bulk.nothing')} />
      )}
      {operationId !== null && (
        <div className="bulk-progress" aria-live="polite">
          <Progress
            percent={percent}
            status={finished ? ((state?.failed ?? 0) > 0 ? 'exception' : 'success') : 'active'}
            aria-label={t('bulk.progress')}
          />
          <Space wrap size={[8, 4]}>
            <span>
              {t('bulk.doneOf', {
                done: state?.done ?? 0,
                total: state?.total ?? plan?.items.length ?? 0,
              })}
            </span>
            <Tag color="success">{t('bulk.succeeded', { count: state?.succeeded ?? 0 })}</Tag>
            <Tag>{t('bulk.skipped', { count: state?.skipped ?? 0 })}</Tag>
            <Tag color={(state?.failed ?? 0) > 0 ? 'error' : 'default'}>
              {t('bulk.failed', { count: state?.failed ?? 0 })}
            </Tag>
            {state?.cancelled && <Tag color="warning">{t('bulk.wasStopped')}</Tag>}
            {!finished && (
              <Button size="small" danger icon={<StopOutlined />} onClick={() => setStopping(true)}>
                {t('bulk.stop')}
              </Button>
            )}
            {finished && (
              <Link to={`/admin/audit?action=${AUDITED_AS[plannedWith]}`}>
                {t('stuck.auditLink')}
              </Link>
            )}
          </Space>
          {finished && (
            <Typography.Paragraph className="bulk-finished">
              {t('bulk.finished', { succeeded: state?.succeeded ?? 0, total: state?.total ?? 0 })}
            </Typography.Paragraph>
          )}
        </div>
      )}
      {plan !== null && plan.items.length > 0 && (
        <Table<BulkRepairItem>
          rowKey="workflowId"
          size="small"
          className="bulk-items"
          columns={columns}
          dataSource={plan.items}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        />
      )}
      <Modal
        open={stopping}
        title={t('bulk.stop')}
        onCancel={() => setStopping(false)}
        okText={t('bulk.stop')}
        okButtonProps={{
          danger: true,
          disabled: stopReason.trim().length < 5,
          loading: busy === 'stop',
        }}
        cancelText={t('common.cancel')}
        onOk={() => void stop()}
      >
        <Typography.Paragraph>{t('bulk.stopHint')}</Typography.Paragraph>
        <Input.TextArea
          rows={2}
          aria-label={t('repairs.reason')}
          placeholder={t('repairs.reason')}
          value={stopReason}
          onChange={(event) => setStopReason(event.target.value)}
        />
      </Modal>
    </Card>
  );
}
