import { ConfigError, loadConfig } from '@tdkt/server-config';
import { notificationSettingsFrom } from './notification-settings';
import { WorkerConfig } from './worker-config';

describe('worker notification settings', () => {
  const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/db' };
  const load = (env: Record<string, string>) => loadConfig(WorkerConfig, { ...base, ...env });

  it('leaves e-mail and webhooks off when nothing is set', () => {
    expect(notificationSettingsFrom(load({}))).toEqual({
      smtp: null,
      webhooks: null,
      publicUrl: 'http://127.0.0.1:3000',
    });
  });

  it('reads SMTP host settings and a webhook list', () => {
    const settings = notificationSettingsFrom(
      load({
        SMTP_HOST: 'mail.example.gov.vn',
        SMTP_PORT: '465',
        SMTP_SECURE: 'true',
        SMTP_USER: 'tdkt',
        SMTP_PASSWORD: 'pw',
        SMTP_FROM: 'TĐKT <tdkt@example.gov.vn>',
        NOTIFICATION_WEBHOOK_URLS: 'https://a.example/hook, http://127.0.0.1:9000/in',
        NOTIFICATION_WEBHOOK_SECRET: 'a-secret-of-16-chars',
      }),
    );
    expect(settings.smtp).toEqual({
      url: null,
      host: 'mail.example.gov.vn',
      port: 465,
      secure: true,
      user: 'tdkt',
      password: 'pw',
      from: 'TĐKT <tdkt@example.gov.vn>',
    });
    expect(settings.webhooks).toEqual({
      urls: ['https://a.example/hook', 'http://127.0.0.1:9000/in'],
      secret: 'a-secret-of-16-chars',
      timeoutMs: 10_000,
    });
  });

  it.each([
    [{ SMTP_HOST: 'mail.example' }, /SMTP_FROM: must be set when SMTP_URL or SMTP_HOST is/],
    [
      { SMTP_URL: 'mail.example:25', SMTP_FROM: 'a@b' },
      /SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/,
    ],
    [{ SMTP_SECURE: 'yes' }, /SMTP_SECURE/],
    [
      { NOTIFICATION_WEBHOOK_URLS: 'ftp://x' },
      /NOTIFICATION_WEBHOOK_URLS: must be one or more http\(s\) URLs/,
    ],
    [
      { NOTIFICATION_WEBHOOK_URLS: 'https://x.example' },
      /NOTIFICATION_WEBHOOK_SECRET: must be at least 16/,
    ],
  ])('refuses %j naming the variable', (env, message) => {
    expect(() => load(env)).toThrow(ConfigError);
    expect(() => load(env)).toThrow(message);
  });

  it('never prints the SMTP password or the webhook secret', () => {
    try {
      load({
        SMTP_URL: 'smtp://u:hunter2@',
        NOTIFICATION_WEBHOOK_URLS: 'x',
        NOTIFICATION_WEBHOOK_SECRET: 'short-secret',
      });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as Error).message).not.toContain('hunter2');
      expect((error as Error).message).not.toContain('short-secret');
    }
  });
});
