import { SaveOutlined } from '../../components/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Radio, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../api/client';
import { queryKeys } from '../../api/queries';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageSkeleton } from '../../components/PageSkeleton';

type Preferences = Schemas['NotificationPreferencesViewDto'];

/** How I want to be told: in the app, by e-mail, to the unit's webhook; and in which language. */
export function PreferencesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const preferences = useQuery({
    queryKey: queryKeys.preferences,
    queryFn: () => call(api.GET('/api/v1/notifications/preferences')),
  });
  if (preferences.isPending) return <PageSkeleton rows={4} />;
  if (preferences.error) return <ApiErrorAlert error={preferences.error} />;

  const save = async (values: Preferences) => {
    setBusy(true);
    setError(null);
    try {
      const saved = await call(api.PUT('/api/v1/notifications/preferences', { body: values }));
      queryClient.setQueryData(queryKeys.preferences, saved);
      void message.success(t('preferences.saved'));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader
        title={t('preferences.title')}
        subtitle={t('preferences.subtitle')}
        trail={[{ label: t('nav.notifications'), to: '/notifications' }]}
      />
      <Card className="preferences-card">
        <Form<Preferences>
          layout="vertical"
          initialValues={preferences.data}
          onFinish={(values) => void save(values)}
          disabled={busy}
        >
          <Form.Item
            name="inApp"
            label={t('preferences.inApp')}
            valuePropName="checked"
            extra={t('preferences.inAppHint')}
          >
            <Switch />
          </Form.Item>
          <Form.Item
            name="email"
            label={t('preferences.email')}
            valuePropName="checked"
            extra={t('preferences.emailHint')}
          >
            <Switch />
          </Form.Item>
          <Form.Item
            name="webhook"
            label={t('preferences.webhook')}
            valuePropName="checked"
            extra={t('preferences.webhookHint')}
          >
            <Switch />
          </Form.Item>
          <Form.Item name="locale" label={t('preferences.language')}>
            <Radio.Group
              options={[
                { value: 'vi', label: t('app.languages.vi') },
                { value: 'en', label: t('app.languages.en') },
              ]}
            />
          </Form.Item>
          <Typography.Paragraph type="secondary">
            {t('preferences.languageHint')}
          </Typography.Paragraph>
          {error !== null && <ApiErrorAlert error={error} />}
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={busy}>
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
