import { Alert } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

interface Readiness {
  reachable: boolean;
  database: boolean;
  temporal: boolean;
}

async function readiness(): Promise<Readiness> {
  try {
    const response = await fetch('/health/ready', { cache: 'no-store' });
    const body = (await response.json()) as {
      checks?: { database?: { status?: string }; temporal?: { status?: string } };
    };
    return {
      reachable: true,
      database: body.checks?.database?.status === 'up',
      temporal: body.checks?.temporal?.status === 'up',
    };
  } catch {
    return { reachable: false, database: false, temporal: false };
  }
}

/**
 * A clear banner while the server, its database or the workflow engine (Temporal) does not answer:
 * people know why an action fails and that it is not their doing. Checked every 30 seconds.
 */
export function HealthBanner() {
  const { t } = useTranslation();
  const { data } = useQuery({
    queryKey: ['health'],
    queryFn: readiness,
    refetchInterval: 30_000,
    retry: false,
  });
  if (data === undefined) return null;
  let message: string | null = null;
  if (!data.reachable) message = t('health.apiDown');
  else if (!data.database) message = t('health.databaseDown');
  else if (!data.temporal) message = t('health.temporalDown');
  if (message === null) return null;
  return (
    <Alert
      className="health-banner"
      type="error"
      showIcon
      role="alert"
      message={message}
      description={t('health.retrying')}
    />
  );
}
