import { useQuery } from '@tanstack/react-query';
import { Collapse, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatDateTime, formatIsoDate } from '../../format/format';

type QuarterSummary = Schemas['QuarterSummaryDto'];
type PlanItem = Schemas['PlanItemDto'];
type PlanWindow = Schemas['PlanWindowDto'];

/** The item kinds that open a window for other units: a collection of dossiers, a registration. */
const WINDOW_KINDS: readonly PlanItem['kind'][] = ['dossier-batch', 'registration'];

export function opensWindow(item: PlanItem): boolean {
  return WINDOW_KINDS.includes(item.kind);
}

const WINDOW_COLORS: Record<PlanWindow['status'], string> = {
  NOT_OPENED: 'default',
  OPEN: 'processing',
  CLOSED: 'success',
};

/** The quarter summaries the plan's workflow wrote, by quarter. */
export function useQuarterSummaries(planId: string) {
  return useQuery({
    queryKey: ['plans', planId, 'summaries'],
    queryFn: () =>
      call(api.GET('/api/v1/plans/{planId}/summaries', { params: { path: { planId } } })),
    select: (summaries) => new Map(summaries.map((summary) => [summary.quarter, summary])),
  });
}

/**
 * A quarter's results as the workflow summarised them on the first working day after it: items on
 * time, late and still open, in all and for each owner; before that day, when it will be summarised.
 */
export function QuarterSummaryPanel({ summary }: { summary: QuarterSummary | undefined }) {
  const { t } = useTranslation();
  if (!summary)
    return (
      <Typography.Paragraph type="secondary" className="quarter-summary">
        {t('plans.summaryPending')}
      </Typography.Paragraph>
    );
  const { totals } = summary;
  return (
    <section
      className="quarter-summary"
      aria-label={t('plans.summaryOf', { quarter: summary.quarter })}
    >
      <Typography.Text strong>
        {t('plans.summaryTitle', { date: formatIsoDate(summary.asOf) })}
      </Typography.Text>
      <Space wrap size={[4, 4]} className="quarter-summary-tags">
        <Tag color="success">{t('plans.summaryOnTime', { count: totals.onTime })}</Tag>
        <Tag color="gold">{t('plans.summaryLate', { count: totals.late })}</Tag>
        <Tag color={totals.open > 0 ? 'error' : 'default'}>
          {t('plans.summaryOpen', { count: totals.open })}
        </Tag>
      </Space>
      {summary.owners.length > 0 && (
        <List
          size="small"
          dataSource={summary.owners}
          renderItem={(owner) => (
            <List.Item key={owner.ownerUnitId}>
              <span>{owner.ownerName ?? '—'}</span>
              <span className="task-subject">
                {t('plans.summaryOwner', {
                  onTime: owner.onTime,
                  late: owner.late,
                  open: owner.open,
                })}
              </span>
            </List.Item>
          )}
        />
      )}
    </section>
  );
}

/**
 * A collection or registration window of an item: when it opens and closes, and for each unit called
 * to it, its task and what it sent (dossiers submitted, titles registered).
 */
export function PlanWindowPanel({ planId, item }: { planId: string; item: PlanItem }) {
  const { t } = useTranslation();
  const window = useQuery({
    queryKey: ['plans', planId, 'window', item.key],
    queryFn: () =>
      call(
        api.GET('/api/v1/plans/{planId}/items/{itemKey}/window', {
          params: { path: { planId, itemKey: item.key } },
        }),
      ),
  });
  if (window.error) return <ApiErrorAlert error={window.error} />;
  if (!window.data) return null;
  const data = window.data;
  const registration = data.kind === 'emulation-registration';
  const done = data.units.filter((unit) => unit.taskStatus === 'COMPLETED').length;
  return (
    <div className="plan-window">
      <Space wrap size={[4, 4]}>
        <Tag color={WINDOW_COLORS[data.status]}>{t(`plans.windowStatuses.${data.status}`)}</Tag>
        <span className="task-subject">
          {registration ? t('plans.registrationWindow') : t('plans.collectionWindow')}
          {data.opensAt && data.closesAt
            ? `: ${formatDateTime(data.opensAt)} – ${formatDateTime(data.closesAt)}`
            : ''}
        </span>
      </Space>
      {data.units.length > 0 && (
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: 'units',
              label: t('plans.windowUnits', { done, count: data.units.length }),
              children: (
                <List
                  size="small"
                  dataSource={data.units}
                  renderItem={(unit) => (
                    <List.Item key={unit.unitId}>
                      <div>
                        <div>{unit.name}</div>
                        <div className="task-subject">
                          {registration
                            ? t('plans.unitRegistrations', { count: unit.registrations })
                            : t('plans.unitDossiers', { count: unit.dossiersSubmitted })}
                        </div>
                      </div>
                      <Tag>{t(`plans.windowTasks.${unit.taskStatus ?? 'NONE'}`)}</Tag>
                    </List.Item>
                  )}
                />
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
