import {
  LockOutlined,
  LoginOutlined,
  SafetyCertificateOutlined,
  UserOutlined,
} from '../../components/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Divider, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { call, publicApi } from '../../api/client';
import { session } from '../../auth/session';
import { useSession } from '../../auth/useSession';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { roleLabel } from '../../components/labels';
import { LanguageSwitch } from '../../components/LanguageSwitch';

interface Credentials {
  username: string;
  password: string;
}

/** Only paths of this app may follow a sign-in: never another site. */
function safeNext(next: string | null): string {
  return next !== null && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** Sign-in with a local account, or through the province's single sign-on when it is configured. */
export function SignInPage() {
  const { t } = useTranslation();
  const state = useSession();
  const [params] = useSearchParams();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Credentials>();
  const options = useQuery({
    queryKey: ['auth-options'],
    queryFn: () => call(publicApi.GET('/api/v1/auth/options')),
    staleTime: Infinity,
  });

  useEffect(() => {
    document.title = `${t('signIn.title')} – ${t('app.name')}`;
  }, [t]);
  useEffect(() => {
    if (state.status === 'loading') void session.restore();
  }, [state.status]);

  if (state.status === 'signed-in') return <Navigate to={safeNext(params.get('next'))} replace />;

  const reason = params.get('reason');
  const notice =
    params.get('sso') === 'failed'
      ? { type: 'error' as const, text: t('signIn.ssoFailed') }
      : reason === 'expired'
        ? { type: 'warning' as const, text: t('signIn.expired') }
        : reason === 'signed-out'
          ? { type: 'info' as const, text: t('signIn.signedOut') }
          : null;

  const submit = async ({ username, password }: Credentials) => {
    setBusy(true);
    setError(null);
    try {
      await session.signIn(username.trim(), password);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sign-in-page">
      <header className="sign-in-masthead">
        <div className="brand">
          <img src="/favicon.svg" alt="" width={36} height={36} />
          <span className="brand-text">
            <strong>{t('app.name')}</strong>
            <span className="brand-subtitle">{t('app.fullName')}</span>
          </span>
        </div>
        <LanguageSwitch compact={false} />
      </header>
      <main className="sign-in-main">
        <Card className="sign-in-card">
          <Typography.Title level={1} className="sign-in-title">
            {t('signIn.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('signIn.subtitle')}</Typography.Paragraph>
          {notice && (
            <Alert type={notice.type} showIcon message={notice.text} className="sign-in-notice" />
          )}
          <Form<Credentials>
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => void submit(values)}
            disabled={busy}
          >
            <Form.Item
              label={t('signIn.username')}
              name="username"
              rules={[{ required: true, whitespace: true, message: t('signIn.usernameRequired') }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
            </Form.Item>
            <Form.Item
              label={t('signIn.password')}
              name="password"
              rules={[{ required: true, message: t('signIn.passwordRequired') }]}
            >
              <Input.Password
                prefix={<LockOutlined />}
                autoComplete="current-password"
                size="large"
              />
            </Form.Item>
            {error !== null && <ApiErrorAlert error={error} showFields={false} />}
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              block
              loading={busy}
              icon={<LoginOutlined />}
              className="sign-in-submit"
            >
              {t('signIn.submit')}
            </Button>
          </Form>
          {options.data?.sso && (
            <>
              <Divider plain>{t('signIn.or')}</Divider>
              <Button
                size="large"
                block
                icon={<SafetyCertificateOutlined />}
                href="/api/v1/auth/sso/login"
              >
                {t('signIn.sso')}
              </Button>
            </>
          )}
        </Card>
        {(options.data?.demoAccounts.length ?? 0) > 0 && (
          <Card className="sign-in-card demo-accounts" size="small" title={t('signIn.demoTitle')}>
            <Typography.Paragraph type="secondary">{t('signIn.demoHint')}</Typography.Paragraph>
            <ul className="demo-account-list">
              {options.data?.demoAccounts.map((account) => (
                <li key={account.username}>
                  <Button
                    type="link"
                    onClick={() => {
                      form.setFieldsValue({ username: account.username });
                      document.getElementById('password')?.focus();
                    }}
                  >
                    {account.username}
                  </Button>
                  <span>{roleLabel(t, account.role)}</span>
                </li>
              ))}
            </ul>
          </Card>
        )}
        <Typography.Paragraph type="secondary" className="sign-in-footer">
          {t('signIn.footer')}
        </Typography.Paragraph>
      </main>
    </div>
  );
}
