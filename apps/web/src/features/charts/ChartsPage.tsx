import { useQuery } from '@tanstack/react-query';
import { Card, Select, Space, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../api/client';
import { useAwardNames } from '../../api/queries';
import { can } from '../../auth/session';
import { useMe } from '../../auth/useSession';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { type ChartOption, EChart } from '../../components/EChart';
import { codeLabel, stageLabel } from '../../components/labels';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../format/format';
import { STAGE_ORDER } from '../dossiers/stages';

type Statistics = Schemas['DossierStatisticsDto'];
type Census = Schemas['StuckCensusDto'];

const FIRST_YEAR = 2020;
const STUCK_DAYS = 30;

/**
 * The figures behind a year of commendations, for leaders, reviewers and administrators: dossiers by
 * stage and award, the share of each step done within its legal deadline, each reviewer's load, and
 * (for administrators) the stuck workflows at each round of the monitor.
 */
export function ChartsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [year, setYear] = useState<number | undefined>(undefined);
  // Administrators keep the system running without reading dossiers: they see the stuck history only.
  const readsDossiers = can(me, 'dossier:read');
  const statistics = useQuery({
    queryKey: ['statistics', year],
    queryFn: () =>
      call(api.GET('/api/v1/reports/dossiers', { params: { query: year ? { year } : {} } })),
    enabled: readsDossiers,
  });
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, index) => thisYear - index);
  return (
    <>
      <PageHeader title={t('charts.title')} subtitle={t('charts.subtitle')} />
      {readsDossiers && (
        <Card className="filters-card">
          <Space wrap>
            <label htmlFor="charts-year">{t('charts.year')}</label>
            <Select<number | 'all'>
              id="charts-year"
              value={year ?? 'all'}
              onChange={(value) => setYear(value === 'all' ? undefined : value)}
              style={{ minWidth: 160 }}
              options={[
                { value: 'all', label: t('charts.allYears') },
                ...years.map((value) => ({ value, label: String(value) })),
              ]}
            />
          </Space>
        </Card>
      )}
      {statistics.error ? (
        <ApiErrorAlert error={statistics.error} />
      ) : (
        <div className="charts-grid">
          {readsDossiers && (
            <>
              <Card
                title={t('charts.byStage')}
                className="detail-section"
                loading={statistics.isPending}
              >
                {statistics.data && <StageChart statistics={statistics.data} />}
              </Card>
              <Card
                title={t('charts.onTime')}
                className="detail-section"
                loading={statistics.isPending}
              >
                {statistics.data && <OnTimeChart statistics={statistics.data} />}
              </Card>
              <Card
                title={t('charts.workload')}
                className="detail-section"
                loading={statistics.isPending}
              >
                {statistics.data && <WorkloadChart statistics={statistics.data} />}
              </Card>
            </>
          )}
          {can(me, 'admin:operate') && <StuckHistory />}
        </div>
      )}
    </>
  );
}

function Empty() {
  const { t } = useTranslation();
  return <Typography.Text type="secondary">{t('charts.noData')}</Typography.Text>;
}

function StageChart({ statistics }: { statistics: Statistics }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const awardName = useAwardNames();
  const option = useMemo<ChartOption>(() => {
    const stages = STAGE_ORDER.filter((stage) =>
      statistics.byStageAndAward.some((row) => row.stage === stage),
    );
    const awards = [...new Set(statistics.byStageAndAward.map((row) => row.awardCode))];
    return {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 8, right: 8, top: 16, bottom: 48, containLabel: true },
      xAxis: { type: 'category', data: stages.map((stage) => stageLabel(t, stage)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: awards.map((award) => ({
        type: 'bar',
        stack: 'dossiers',
        name: awardName(award, lang),
        data: stages.map(
          (stage) =>
            statistics.byStageAndAward.find((row) => row.stage === stage && row.awardCode === award)
              ?.count ?? 0,
        ),
      })),
    };
  }, [statistics, t, lang, awardName]);
  if (statistics.byStageAndAward.length === 0) return <Empty />;
  const total = statistics.byStageAndAward.reduce((sum, row) => sum + row.count, 0);
  return <EChart option={option} label={t('charts.byStageLabel', { count: total })} />;
}

function taskTypeLabel(t: TFunction, type: string): string {
  return codeLabel(t, 'taskTypes', type, type);
}

function OnTimeChart({ statistics }: { statistics: Statistics }) {
  const { t } = useTranslation();
  const steps = statistics.steps.filter((step) => step.completed + step.open > 0);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 48, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: {
        type: 'category',
        data: steps.map((step) => taskTypeLabel(t, step.taskType)),
        axisLabel: { width: 160, overflow: 'break' },
      },
      series: [
        {
          type: 'bar',
          name: t('charts.onTimeShare'),
          data: steps.map((step) =>
            step.completed === 0 ? 0 : Math.round((step.completedOnTime / step.completed) * 100),
          ),
          label: { show: true, position: 'right', formatter: '{c}%' },
        },
        {
          type: 'bar',
          name: t('charts.openOverdueShare'),
          data: steps.map((step) =>
            step.open === 0 ? 0 : Math.round((step.openOverdue / step.open) * 100),
          ),
        },
      ],
    }),
    [steps, t],
  );
  if (steps.length === 0) return <Empty />;
  return (
    <>
      <Typography.Paragraph type="secondary">{t('charts.onTimeHint')}</Typography.Paragraph>
      <EChart option={option} label={t('charts.onTime')} />
    </>
  );
}

function WorkloadChart({ statistics }: { statistics: Statistics }) {
  const { t } = useTranslation();
  const reviewers = statistics.reviewers;
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 48, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: reviewers.map((reviewer) => reviewer.fullName) },
      series: [
        {
          type: 'bar',
          stack: 'open',
          name: t('charts.openInTime'),
          data: reviewers.map((reviewer) => reviewer.open - reviewer.overdue),
        },
        {
          type: 'bar',
          stack: 'open',
          name: t('charts.overdue'),
          itemStyle: { color: '#cf1322' },
          data: reviewers.map((reviewer) => reviewer.overdue),
        },
        {
          type: 'bar',
          name: t('charts.doneLast30'),
          data: reviewers.map((reviewer) => reviewer.completedLast30Days),
        },
      ],
    }),
    [reviewers, t],
  );
  if (reviewers.length === 0) return <Empty />;
  return (
    <EChart
      option={option}
      label={t('charts.workloadLabel', { count: reviewers.length })}
      height={Math.max(240, 48 * reviewers.length + 96)}
    />
  );
}

function StuckHistory() {
  const { t } = useTranslation();
  const history = useQuery({
    queryKey: ['stuck-history', STUCK_DAYS],
    queryFn: () =>
      call(api.GET('/api/v1/admin/stuck/history', { params: { query: { days: STUCK_DAYS } } })),
  });
  const rounds = useMemo<Census[]>(() => history.data?.items ?? [], [history.data]);
  const option = useMemo<ChartOption>(() => {
    const reasons = [...new Set(rounds.flatMap((round) => Object.keys(round.counts)))];
    return {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 48, containLabel: true },
      xAxis: { type: 'category', data: rounds.map((round) => formatDateTime(round.takenAt)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: reasons.map((reason) => ({
        type: 'line',
        name: codeLabel(t, 'stuckReasons', reason, reason),
        data: rounds.map((round) => round.counts[reason] ?? 0),
      })),
    };
  }, [rounds, t]);
  return (
    <Card
      title={t('charts.stuck', { days: STUCK_DAYS })}
      className="detail-section"
      loading={history.isPending}
    >
      {history.error ? (
        <ApiErrorAlert error={history.error} />
      ) : rounds.length === 0 ? (
        <Empty />
      ) : (
        <EChart option={option} label={t('charts.stuck', { days: STUCK_DAYS })} />
      )}
    </Card>
  );
}
