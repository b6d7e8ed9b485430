import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Radio, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { queryKeys, type Task } from '../../api/queries';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { complaintKeys } from './complaint-queries';

interface AcceptValues {
  accept: boolean;
  complex?: boolean;
  reasons?: string;
}

interface SettleValues {
  result: 'upheld' | 'partly-upheld' | 'rejected';
  reasons: string;
  verification: string;
  remedy?: string;
}

/** Completes a complaint's task through the inbox, then refreshes the complaint and the inbox. */
function useCompleteTask(task: Task, complaintId: string) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const complete = async (outcome: Record<string, unknown>, success: string) => {
    setBusy(true);
    setError(null);
    try {
      await call(
        api.POST('/api/v1/tasks/{id}/complete', {
          params: { path: { id: task.id } },
          body: { outcome },
        }),
      );
      void message.success(success);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: complaintKeys.one(complaintId) }),
        queryClient.invalidateQueries({ queryKey: complaintKeys.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.tasks }),
      ]);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, complete };
}

/** The emulation office accepts the complaint (thụ lý), marking it complex or not, or refuses with reasons. */
export function AcceptComplaintForm({ task, complaintId }: { task: Task; complaintId: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AcceptValues>();
  const accept = Form.useWatch('accept', form) ?? true;
  const { busy, error, complete } = useCompleteTask(task, complaintId);
  const submit = (values: AcceptValues) =>
    void complete(
      values.accept
        ? { accept: true, complex: values.complex === true }
        : { accept: false, reasons: (values.reasons ?? '').trim() },
      t(values.accept ? 'complaints.acceptedDone' : 'complaints.notAcceptedDone'),
    );
  return (
    <Card title={t('complaints.acceptTitle')} className="detail-section">
      <Typography.Paragraph type="secondary">{t('complaints.acceptHint')}</Typography.Paragraph>
      <Form<AcceptValues>
        form={form}
        layout="vertical"
        disabled={busy}
        initialValues={{ accept: true, complex: false }}
        onFinish={submit}
      >
        <Form.Item name="accept" label={t('complaints.acceptChoice')}>
          <Radio.Group
            options={[
              { value: true, label: t('complaints.accept') },
              { value: false, label: t('complaints.notAccept') },
            ]}
          />
        </Form.Item>
        {accept ? (
          <Form.Item
            name="complex"
            label={t('complaints.complex')}
            extra={t('complaints.complexHint')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        ) : (
          <Form.Item
            name="reasons"
            label={t('complaints.reasons')}
            rules={[{ required: true, whitespace: true, message: t('units.required') }]}
          >
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        )}
        {error !== null && <ApiErrorAlert error={error} />}
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('complaints.record')}
        </Button>
      </Form>
    </Card>
  );
}

/** The leader settles the complaint: the result, its reasons, what verification found and, if upheld, the remedy. */
export function SettleComplaintForm({ task, complaintId }: { task: Task; complaintId: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SettleValues>();
  const result = Form.useWatch('result', form) ?? 'rejected';
  const { busy, error, complete } = useCompleteTask(task, complaintId);
  const submit = (values: SettleValues) =>
    void complete(
      {
        result: values.result,
        reasons: values.reasons.trim(),
        verification: values.verification.trim(),
        ...(values.result !== 'rejected' && values.remedy?.trim()
          ? { remedy: values.remedy.trim() }
          : {}),
      },
      t('complaints.settledDone'),
    );
  return (
    <Card title={t('complaints.settleTitle')} className="detail-section">
      <Alert className="form-notice" type="info" showIcon title={t('complaints.settleHint')} />
      <Form<SettleValues>
        form={form}
        layout="vertical"
        disabled={busy}
        initialValues={{ result: 'rejected' }}
        onFinish={submit}
      >
        <Form.Item name="result" label={t('complaints.result')}>
          <Radio.Group
            options={(['upheld', 'partly-upheld', 'rejected'] as const).map((value) => ({
              value,
              label: t(`complaints.results.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="verification"
          label={t('complaints.verification')}
          rules={[{ required: true, whitespace: true, message: t('units.required') }]}
        >
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item
          name="reasons"
          label={t('complaints.reasons')}
          rules={[{ required: true, whitespace: true, message: t('units.required') }]}
        >
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        {result !== 'rejected' && (
          <Form.Item
            name="remedy"
            label={t('complaints.remedy')}
            extra={t('complaints.remedyHint')}
            rules={[{ required: true, whitespace: true, message: t('units.required') }]}
          >
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
        )}
        {error !== null && <ApiErrorAlert error={error} />}
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('complaints.settle')}
        </Button>
      </Form>
    </Card>
  );
}
