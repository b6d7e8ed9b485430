import { useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, InputNumber, Modal, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatIsoDate } from '../../format/format';
import { complaintKeys } from './complaint-queries';

interface FileValues {
  content: string;
  knownOn: Dayjs;
  obstacleDays?: number;
  obstacleReason?: string;
  remote?: boolean;
}

/**
 * A complaint about the decision awarding a dossier, or about its refusal, filed by the dossier's unit;
 * the window (90 days from knowing of the decision, obstacle days not counted) is checked by the API.
 */
export function FileComplaintModal({
  dossierId,
  about,
  previousComplaintId,
  onClose,
}: {
  dossierId: string;
  about: string;
  previousComplaintId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FileValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (values: FileValues) => {
    setBusy(true);
    setError(null);
    try {
      const filed = await call(
        api.POST('/api/v1/dossiers/{id}/complaints', {
          params: { path: { id: dossierId } },
          body: {
            content: values.content.trim(),
            knownOn: values.knownOn.format('YYYY-MM-DD'),
            ...(values.obstacleDays ? { obstacleDays: values.obstacleDays } : {}),
            ...(values.obstacleReason?.trim()
              ? { obstacleReason: values.obstacleReason.trim() }
              : {}),
            ...(values.remote ? { remote: true } : {}),
            ...(previousComplaintId ? { previousComplaintId } : {}),
          },
        }),
      );
      if (filed.filedLate)
        void message.warning(
          t('complaints.filedLate', { date: formatIsoDate(filed.filingLastDay) }),
          10,
        );
      else void message.success(t('complaints.filed'));
      await queryClient.invalidateQueries({ queryKey: complaintKeys.all });
      onClose();
      void navigate(`/complaints/${filed.id}`);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t(previousComplaintId ? 'complaints.fileSecondTitle' : 'complaints.fileTitle')}
      onCancel={onClose}
      okText={t('complaints.send')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('complaints.fileHint', { about })}
      </Typography.Paragraph>
      <Form<FileValues> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item
          name="content"
          label={t('complaints.content')}
          rules={[
            { required: true, whitespace: true, message: t('units.required') },
            { min: 10, message: t('complaints.contentTooShort') },
          ]}
        >
          <Input.TextArea rows={5} maxLength={10000} />
        </Form.Item>
        <Form.Item
          name="knownOn"
          label={t('complaints.knownOn')}
          extra={t('complaints.knownOnHint')}
          rules={[{ required: true, message: t('units.required') }]}
        >
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
        <div className="form-grid">
          <Form.Item
            name="obstacleDays"
            label={t('complaints.obstacleDaysField')}
            extra={t('complaints.obstacleHint')}
          >
            <InputNumber min={0} max={365} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="remote" label={t('complaints.remote')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </div>
        <Form.Item name="obstacleReason" label={t('complaints.obstacle')}>
          <Input maxLength={2000} />
        </Form.Item>
      </Form>
      {error !== null && <ApiErrorAlert error={error} />}
    </Modal>
  );
}
