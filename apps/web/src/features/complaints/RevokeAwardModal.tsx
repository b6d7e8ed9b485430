import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatMoney } from '../../format/format';

/** The grounds of Law 06/2022 Art. 93(2) the API takes, with their message keys. */
const GROUNDS = {
  '93.2.a': 'revocation.grounds.93_2_a',
  '93.2.b': 'revocation.grounds.93_2_b',
  '93.2.c': 'revocation.grounds.93_2_c',
  '93.2.d': 'revocation.grounds.93_2_d',
} as const;

interface RevokeValues {
  ground: keyof typeof GROUNDS;
  reason: string;
  conclusion?: string;
}

/**
 * A leader revokes one award of a signed decision (hủy bỏ, Art. 93): the ground, the reason and the
 * competent body's conclusion; the number is issued once, the bonus to recover is what was paid.
 */
export function RevokeAwardModal({
  decisionId,
  awardee,
  onClose,
  queryKey,
}: {
  decisionId: string;
  awardee: { dossierId: string; nomineeName: string; awardName: string; bonusVnd: number };
  onClose: () => void;
  queryKey: readonly unknown[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RevokeValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // One key per form: a retried click gets the same revocation and number.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const submit = async (values: RevokeValues) => {
    setBusy(true);
    setError(null);
    try {
      const revoked = await call(
        api.POST('/api/v1/decisions/{id}/revocations', {
          params: { path: { id: decisionId }, header: { 'Idempotency-Key': idempotencyKey } },
          body: {
            dossierId: awardee.dossierId,
            ground: values.ground,
            reason: values.reason.trim(),
            ...(values.conclusion?.trim() ? { conclusion: values.conclusion.trim() } : {}),
          },
        }),
      );
      void message.success(t('revocation.done', { number: revoked.number }));
      await queryClient.invalidateQueries({ queryKey });
      onClose();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('revocation.title', { name: awardee.nomineeName })}
      onCancel={onClose}
      okText={t('revocation.sign')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('revocation.hint', {
          award: awardee.awardName,
          amount: formatMoney(awardee.bonusVnd, lang),
        })}
      </Typography.Paragraph>
      <Form<RevokeValues> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item
          name="ground"
          label={t('revocation.ground')}
          rules={[{ required: true, message: t('units.required') }]}
        >
          <Select
            options={Object.entries(GROUNDS).map(([ground, label]) => ({
              value: ground,
              label: t(label),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('revocation.reason')}
          rules={[
            { required: true, whitespace: true, message: t('units.required') },
            { min: 5, message: t('revocation.reasonTooShort') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="conclusion" label={t('revocation.conclusion')}>
          <Input maxLength={2000} />
        </Form.Item>
      </Form>
      {error !== null && <ApiErrorAlert error={error} />}
    </Modal>
  );
}
