import { Alert, Button, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';

interface CentralOutcomeValues {
  decision: 'accepted' | 'returned';
  decisionNumber?: string;
  decidedOn?: string;
  reason?: string;
}

/**
 * The province's record of what the central level did with a dossier sent to it: the award with
 * the central decision's number and date, or the dossier returned with the reason given.
 */
export function CentralOutcomeForm({
  busy,
  onSubmit,
}: {
  busy: boolean;
  onSubmit: (outcome: Record<string, unknown>, success: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CentralOutcomeValues>();
  const decision = Form.useWatch('decision', form);
  return (
    <Form<CentralOutcomeValues>
      form={form}
      layout="vertical"
      initialValues={{ decision: 'accepted' }}
      disabled={busy}
      onFinish={(values) =>
        onSubmit(
          values.decision === 'accepted'
            ? {
                decision: 'accepted',
                decisionNumber: (values.decisionNumber ?? '').trim(),
                decidedOn: values.decidedOn ?? '',
              }
            : { decision: 'returned', reason: (values.reason ?? '').trim() },
          values.decision === 'accepted' ? t('central.acceptedDone') : t('central.returnedDone'),
        )
      }
    >
      <Alert type="info" showIcon message={t('central.hint')} className="form-notice" />
      <Form.Item name="decision" label={t('central.outcome')}>
        <Radio.Group buttonStyle="solid">
          <Radio.Button value="accepted">{t('central.accepted')}</Radio.Button>
          <Radio.Button value="returned">{t('central.returned')}</Radio.Button>
        </Radio.Group>
      </Form.Item>
      {decision === 'returned' ? (
        <Form.Item
          name="reason"
          label={t('central.reason')}
          rules={[{ required: true, whitespace: true, message: t('task.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      ) : (
        <>
          <Form.Item
            name="decisionNumber"
            label={t('central.decisionNumber')}
            rules={[{ required: true, whitespace: true, message: t('central.numberRequired') }]}
          >
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item
            name="decidedOn"
            label={t('central.decidedOn')}
            rules={[{ required: true, message: t('central.dateRequired') }]}
          >
            <Input type="date" />
          </Form.Item>
        </>
      )}
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('task.send')}
      </Button>
    </Form>
  );
}
