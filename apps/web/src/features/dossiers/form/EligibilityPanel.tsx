import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  InfoCircleOutlined,
} from '../../../components/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../../api/client';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { levelLabel } from '../../../components/labels';
import { useDebounced } from '../../../components/useDebounced';
import { formatIsoDate, formatLegalRef, localized } from '../../../format/format';

/**
 * The live pre-check beside the form: whether the nominee meets the award's criteria as entered, each
 * unmet one with its explanation and its legal basis, and where the dossier will go (who reviews,
 * who decides, the council's threshold). It advises; the reviewer decides.
 */
export function EligibilityPanel({
  request,
  route,
  routeError,
}: {
  request: Schemas['EligibilityRequestDto'] | null;
  route: Schemas['DossierRoutePreviewDto'] | undefined;
  routeError: unknown;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const settled = useDebounced(request, 600);
  const result = useQuery({
    queryKey: ['eligibility', settled],
    queryFn: () =>
      call(
        api.POST('/api/v1/eligibility/evaluate', {
          body: settled as Schemas['EligibilityRequestDto'],
        }),
      ),
    enabled: settled !== null,
    placeholderData: (previous) => previous,
  });

  return (
    <Card
      title={t('precheck.title')}
      className="precheck-card"
      role="region"
      aria-label={t('precheck.title')}
      aria-live="polite"
    >
      {routeError ? <ApiErrorAlert error={routeError} /> : null}
      {settled === null ? (
        <Typography.Paragraph type="secondary">
          <InfoCircleOutlined /> {t('precheck.chooseAward')}
        </Typography.Paragraph>
      ) : result.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : result.error ? (
        <ApiErrorAlert error={result.error} />
      ) : result.data?.eligible ? (
        <Alert
          type="success"
          showIcon
          icon={<CheckCircleOutlined />}
          message={t('precheck.eligible')}
          description={t('precheck.eligibleHint')}
        />
      ) : (
        <>
          <Alert
            type="warning"
            showIcon
            icon={<CloseCircleOutlined />}
            message={t('precheck.notYet', { count: result.data?.reasons.length ?? 0 })}
            description={t('precheck.notYetHint')}
          />
          <List
            className="precheck-reasons"
            dataSource={[...(result.data?.reasons ?? [])]}
            renderItem={(reason) => (
              <List.Item key={reason.code}>
                <List.Item.Meta
                  title={localized(reason.message, lang)}
                  description={
                    <span className="legal-ref">
                      {t('precheck.basis')}: {formatLegalRef(reason.legalRef, lang)}
                    </span>
                  }
                />
              </List.Item>
            )}
          />
        </>
      )}
      {route && (
        <Descriptions
          className="precheck-route"
          size="small"
          column={1}
          title={t('precheck.route')}
          items={[
            ...route.approvalPath.map((step, index) => ({
              key: step.level,
              label: index === 0 ? t('precheck.reviewedBy') : t('precheck.thenBy'),
              children: `${localized(step.levelName, lang) || levelLabel(t, step.level)} – ${step.unitName}`,
            })),
            ...(result.data?.decider
              ? [
                  {
                    key: 'decider',
                    label: t('precheck.decider'),
                    children: localized(result.data.decider, lang),
                  },
                ]
              : []),
            ...(result.data?.councilThreshold
              ? [
                  {
                    key: 'council',
                    label: t('precheck.council'),
                    children: t('precheck.threshold', {
                      percent: result.data.councilThreshold.percent,
                    }),
                  },
                ]
              : []),
            {
              key: 'rules',
              label: t('precheck.rules'),
              children: t('precheck.rulesOf', {
                ruleSet: route.ruleSetId,
                date: formatIsoDate(route.rulesDate),
              }),
            },
          ]}
        />
      )}
    </Card>
  );
}
