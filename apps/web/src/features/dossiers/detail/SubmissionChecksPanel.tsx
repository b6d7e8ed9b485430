import { Alert, Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../../../api/queries';
import { formatDateTime, localized } from '../../../format/format';

type SubmissionChecks = NonNullable<Dossier['submissionChecks']>;

/**
 * What the engine found when the dossier was submitted: documents still missing and the conditions
 * the reviewer has to verify. What the law refuses never gets here (the submission is refused), so
 * each finding is for the reviewer's judgement; one not confirmed from the official text says so.
 */
export function SubmissionChecksPanel({ checks }: { checks: SubmissionChecks }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <Card title={t('dossier.checks.title')} className="detail-section">
      <Typography.Paragraph type="secondary">
        {t('dossier.checks.checkedAt', {
          at: formatDateTime(checks.checkedAt),
          ruleSet: checks.ruleSetId,
        })}
      </Typography.Paragraph>
      {checks.findings.length === 0 ? (
        <Alert type="success" showIcon title={t('dossier.checks.nothingToNote')} />
      ) : (
        <List
          dataSource={checks.findings}
          renderItem={(finding) => (
            <List.Item key={`${finding.code}:${finding.field}`}>
              <Space direction="vertical" size={2}>
                <Typography.Text>{localized(finding.message, lang)}</Typography.Text>
                <Space wrap size={[8, 4]}>
                  <Tag color={finding.code === 'DOCUMENT_MISSING' ? 'warning' : 'blue'}>
                    {finding.code === 'DOCUMENT_MISSING'
                      ? t('dossier.checks.missingDocument')
                      : t('dossier.checks.toVerify')}
                  </Tag>
                  {!finding.confirmed && <Tag>{t('dossier.checks.unconfirmed')}</Tag>}
                  {finding.source && (
                    <Typography.Text type="secondary">{finding.source}</Typography.Text>
                  )}
                </Space>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
