import { loadConfig, ServerConfig } from '@tdkt/server-config';
import { durationSeconds, operationsSettingsFrom, parsePairs } from './operations-settings';

describe('operations settings', () => {
  const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/db' };

  it('reads allowances per task type with a default, thresholds per reason and durations', () => {
    const settings = operationsSettingsFrom(
      loadConfig(ServerConfig, {
        ...base,
        OPS_OVERDUE_WORKING_DAYS: 'default=3,dossier.review=5',
        OPS_ALERT_THRESHOLDS: 'activity-retrying=1,task-overdue=20',
        OPS_NO_PROGRESS_AFTER: '5d',
        TEMPORAL_UI_URL: 'http://127.0.0.1:8233/',
      }),
    );
    expect(settings).toMatchObject({
      overdueAllowance: { default: 3, byTaskType: { 'dossier.review': 5 } },
      alertThresholds: { 'activity-retrying': 1, 'task-overdue': 20 },
      noProgressAfterSeconds: 432_000,
      activityRetryAttempts: 3,
      temporalUiUrl: 'http://127.0.0.1:8233',
    });
  });

  it('refuses malformed values naming the variable, and a threshold for an unknown reason', () => {
    expect(() => loadConfig(ServerConfig, { ...base, OPS_NO_PROGRESS_AFTER: '3 days' })).toThrow(
      /OPS_NO_PROGRESS_AFTER/,
    );
    expect(() => loadConfig(ServerConfig, { ...base, OPS_OVERDUE_WORKING_DAYS: 'review' })).toThrow(
      /OPS_OVERDUE_WORKING_DAYS/,
    );
    expect(() =>
      operationsSettingsFrom(
        loadConfig(ServerConfig, { ...base, OPS_ALERT_THRESHOLDS: 'stuck=1' }),
      ),
    ).toThrow(/OPS_ALERT_THRESHOLDS: unknown reason stuck/);
  });

  it('parses pairs and durations', () => {
    expect(parsePairs('')).toEqual({});
    expect(parsePairs('a=1, b=22')).toEqual({ a: 1, b: 22 });
    expect([durationSeconds('90s'), durationSeconds('30m'), durationSeconds('72h')]).toEqual([
      90, 1800, 259_200,
    ]);
  });
});
