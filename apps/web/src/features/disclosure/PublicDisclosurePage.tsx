import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Form, Input, Modal, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, publicApi, type Schemas } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { formatDateTime } from '../../format/format';

type Nominee = Schemas['DisclosedNomineeDto'];
type Objection = Schemas['PublicObjectionDto'];

/**
 * The public disclosure page (công khai), open to anyone without signing in: the nominees whose
 * disclosure window is open — name, unit, award, achievements, nothing more — each with a form to
 * file an objection with a contact, which the reviewers examine. A nominee leaves the page when its
 * window ends.
 */
export function PublicDisclosurePage() {
  const { t } = useTranslation();
  const [objecting, setObjecting] = useState<Nominee | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Objection>();
  const nominees = useQuery({
    queryKey: ['public-disclosures'],
    queryFn: () => call(publicApi.GET('/api/v1/public/disclosures')),
    refetchInterval: 60_000,
  });
  useEffect(() => {
    document.title = `${t('disclosure.title')} – ${t('app.name')}`;
  }, [t]);

  const file = async (values: Objection) => {
    if (!objecting) return;
    setBusy(true);
    setError(null);
    try {
      await call(
        publicApi.POST('/api/v1/public/disclosures/{id}/objections', {
          params: { path: { id: objecting.dossierId } },
          body: values,
        }),
      );
      setSent(objecting.nomineeName);
      setObjecting(null);
      form.resetFields();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="public-page">
      <Space className="public-header" align="start">
        <div>
          <Typography.Title level={2}>{t('disclosure.title')}</Typography.Title>
          <Typography.Paragraph>{t('disclosure.intro')}</Typography.Paragraph>
        </div>
        <LanguageSwitch compact={false} />
      </Space>
      {sent && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setSent(null)}
          message={t('disclosure.sent', { name: sent })}
          className="form-section"
        />
      )}
      {nominees.error && <ApiErrorAlert error={nominees.error} />}
      {nominees.data?.length === 0 && <Empty description={t('disclosure.none')} />}
      {nominees.data?.map((nominee) => (
        <Card key={nominee.dossierId} className="form-section" title={nominee.nomineeName}>
          <Typography.Paragraph>
            <strong>{nominee.awardName}</strong> {t('disclosure.yearOf', { year: nominee.year })}
            <br />
            {nominee.unitName}
          </Typography.Paragraph>
          <Typography.Paragraph>{nominee.achievementsSummary}</Typography.Paragraph>
          <Space wrap>
            {nominee.disclosureEndsAt && (
              <Typography.Text type="secondary">
                {t('disclosure.until', { date: formatDateTime(nominee.disclosureEndsAt) })}
              </Typography.Text>
            )}
            <Button onClick={() => setObjecting(nominee)}>{t('disclosure.object')}</Button>
          </Space>
        </Card>
      ))}
      <Modal
        open={objecting !== null}
        title={t('disclosure.formTitle', { name: objecting?.nomineeName ?? '' })}
        okText={t('disclosure.send')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setObjecting(null)}
      >
        <Form form={form} layout="vertical" onFinish={(values) => void file(values)}>
          <Form.Item
            name="filerName"
            label={t('disclosure.filerName')}
            rules={[{ required: true, max: 200 }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="contact"
            label={t('disclosure.contact')}
            rules={[{ required: true, max: 200 }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="text"
            label={t('disclosure.text')}
            rules={[{ required: true, max: 4000 }]}
          >
            <Input.TextArea rows={5} maxLength={4000} showCount />
          </Form.Item>
        </Form>
        {error !== null && <ApiErrorAlert error={error} />}
      </Modal>
    </main>
  );
}
