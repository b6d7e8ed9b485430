import { DownloadOutlined } from '../../components/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Card,
  Col,
  Form,
  Progress,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
  Button,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../api/client';
import { useMe } from '../../auth/useSession';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { PageSkeleton } from '../../components/PageSkeleton';
import { formatPercent, localized } from '../../format/format';
import { downloadFile } from '../dossiers/files/upload';

type GroupShare = Schemas['GroupShareDto'];
type AwardCount = Schemas['AwardCountDto'];

const VERDICT_COLORS: Record<GroupShare['verdict'], string> = {
  met: 'success',
  'not-met': 'error',
  'not-judged': 'default',
};

/** A list of counts as horizontal bars, the longest full width. */
function CountBars({ counts }: { counts: AwardCount[] }) {
  const { t } = useTranslation();
  if (counts.every((count) => count.count === 0))
    return <EmptyState text={t('statistics.noAwards')} />;
  const largest = Math.max(1, ...counts.map((count) => count.count));
  return (
    <div className="count-bars">
      {counts.map((count) => (
        <div key={count.key}>
          <Typography.Text>
            {count.name} — {count.count}
          </Typography.Text>
          <Progress
            percent={Math.round((count.count / largest) * 100)}
            showInfo={false}
            aria-label={`${count.name}: ${count.count}`}
          />
        </div>
      ))}
    </div>
  );
}

/**
 * A year's awards of a unit and the units under it: totals, by award, level, unit and year; the
 * share to direct workers, ethnic minorities, remote areas, women and non-leaders beside the year
 * before and the plan's own target; how long each step took and how often on time; the year-end
 * report and the award register to download.
 */
export function StatisticsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const me = useMe();
  const units = me.grants.filter((grant) => grant.permissions.includes('dossier:read'));
  const [unitId, setUnitId] = useState(units[0]?.unitId);
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [error, setError] = useState<unknown>(null);
  const statistics = useQuery({
    queryKey: ['statistics', unitId, year],
    enabled: unitId !== undefined,
    queryFn: () =>
      call(
        api.GET('/api/v1/statistics/awards', {
          params: { query: { unitId: unitId ?? '', year } },
        }),
      ),
  });
  const data = statistics.data;
  // Bars at 0 % say nothing: with no award this year nor the year before, the card says so instead.
  const groupsHaveData = (data?.groups ?? []).some(
    (group) => group.share.of > 0 || group.previous.of > 0,
  );
  const query = new URLSearchParams({ unitId: unitId ?? '', year: String(year) }).toString();
  const download = (url: string, fileName: string) => {
    setError(null);
    downloadFile(url, fileName).catch(setError);
  };

  return (
    <>
      <PageHeader
        title={t('statistics.title')}
        subtitle={t('statistics.subtitle')}
        extra={
          <Space wrap>
            <Button
              icon={<DownloadOutlined />}
              disabled={!unitId}
              onClick={() =>
                download(
                  `/api/v1/statistics/year-end-report.docx?${query}`,
                  `bao-cao-tong-ket-${year}.docx`,
                )
              }
            >
              {t('statistics.report')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              disabled={!unitId}
              onClick={() =>
                download(
                  `/api/v1/exports/award-register.xlsx?${query}`,
                  `so-khen-thuong-${year}.xlsx`,
                )
              }
            >
              {t('statistics.register')}
            </Button>
          </Space>
        }
      />
      <Card className="form-section">
        <Form layout="inline">
          {units.length > 1 && (
            <Form.Item label={t('dossierForm.unit')} htmlFor="statistics-unit">
              <Select
                id="statistics-unit"
                style={{ minWidth: 260 }}
                value={unitId}
                onChange={setUnitId}
                options={units.map((grant) => ({
                  value: grant.unitId,
                  label: grant.unitName ?? '',
                }))}
              />
            </Form.Item>
          )}
          <Form.Item label={t('dossierForm.year')} htmlFor="statistics-year">
            <Select
              id="statistics-year"
              value={year}
              onChange={setYear}
              options={[0, 1, 2, 3].map((back) => ({
                value: thisYear - back,
                label: String(thisYear - back),
              }))}
            />
          </Form.Item>
        </Form>
      </Card>
      {error !== null && <ApiErrorAlert error={error} />}
      {statistics.error && <ApiErrorAlert error={statistics.error} />}
      {statistics.isLoading && <PageSkeleton />}
      {data && (
        <>
          <Row gutter={16} className="form-section">
            <Col xs={8}>
              <Card>
                <Statistic title={t('statistics.proposed')} value={data.totals.proposed} />
              </Card>
            </Col>
            <Col xs={8}>
              <Card>
                <Statistic title={t('statistics.awarded')} value={data.totals.awarded} />
              </Card>
            </Col>
            <Col xs={8}>
              <Card>
                <Statistic title={t('statistics.notAwarded')} value={data.totals.notAwarded} />
              </Card>
            </Col>
          </Row>
          <Card title={t('statistics.groups')} className="form-section">
            <Typography.Paragraph type="secondary">
              {data.plan
                ? t('statistics.planUsed', {
                    plan: data.plan.number ?? '',
                    issuer: data.plan.issuerName,
                  })
                : t('statistics.noPlan')}
            </Typography.Paragraph>
            {groupsHaveData ? (
              <Table
                size="small"
                rowKey="group"
                pagination={false}
                // Five columns do not fit a phone: the table scrolls inside its card.
                scroll={{ x: 720 }}
                dataSource={data.groups}
                columns={[
                  {
                    title: t('statistics.group'),
                    key: 'name',
                    render: (_, group) => localized(group.name, lang),
                  },
                  {
                    title: String(year),
                    key: 'now',
                    width: 220,
                    render: (_, group) => (
                      <div>
                        <Progress
                          percent={group.percent ?? 0}
                          format={() =>
                            group.percent === null ? '—' : formatPercent(group.percent, lang)
                          }
                          aria-label={`${localized(group.name, lang)} ${year}`}
                        />
                        <Typography.Text type="secondary">
                          {group.share.count}/{group.share.of}
                          {group.share.unstated > 0 &&
                            ` · ${t('statistics.unstated', { count: group.share.unstated })}`}
                        </Typography.Text>
                      </div>
                    ),
                  },
                  {
                    title: String(year - 1),
                    key: 'before',
                    width: 140,
                    render: (_, group) =>
                      `${group.previous.count}/${group.previous.of} (${group.previousPercent === null ? '—' : formatPercent(group.previousPercent, lang)})`,
                  },
                  {
                    title: t('statistics.target'),
                    key: 'target',
                    render: (_, group) =>
                      group.target ? (
                        <span title={group.target.source}>
                          {localized(group.target.text, lang)}
                        </span>
                      ) : (
                        <Typography.Text type="secondary">
                          {t('statistics.noTarget')}
                        </Typography.Text>
                      ),
                  },
                  {
                    title: t('statistics.verdict'),
                    key: 'verdict',
                    width: 140,
                    render: (_, group) => (
                      <Tag color={VERDICT_COLORS[group.verdict]}>
                        {t(`statistics.verdicts.${group.verdict}`)}
                      </Tag>
                    ),
                  },
                ]}
              />
            ) : (
              <EmptyState text={t('statistics.noGroupData', { year, previous: year - 1 })} />
            )}
            <Typography.Paragraph className="form-section">
              {t('statistics.leaders', data.leaders)}
            </Typography.Paragraph>
          </Card>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Card title={t('statistics.byAward')} className="form-section">
                <CountBars counts={data.byAward} />
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card title={t('statistics.byUnit')} className="form-section">
                <CountBars counts={data.byUnit} />
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card title={t('statistics.byLevel')} className="form-section">
                <CountBars counts={data.byLevel} />
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card title={t('statistics.byYear')} className="form-section">
                <CountBars counts={data.byYear} />
              </Card>
            </Col>
          </Row>
          <Card title={t('statistics.steps')} className="form-section">
            {data.steps.every((step) => step.closed === 0) ? (
              <EmptyState text={t('statistics.noSteps')} />
            ) : (
              <Table
                size="small"
                rowKey="type"
                pagination={false}
                scroll={{ x: 560 }}
                dataSource={data.steps}
                columns={[
                  {
                    title: t('statistics.step'),
                    key: 'name',
                    render: (_, step) => localized(step.name, lang),
                  },
                  { title: t('statistics.closed'), dataIndex: 'closed', width: 100 },
                  {
                    title: t('statistics.averageDays'),
                    dataIndex: 'averageDays',
                    width: 160,
                    render: (days: number | null) => days ?? '—',
                  },
                  {
                    title: t('statistics.onTime'),
                    key: 'onTime',
                    width: 160,
                    render: (_, step) =>
                      step.withDeadline === 0
                        ? '—'
                        : `${step.onTime}/${step.withDeadline} (${formatPercent(step.onTimePercent ?? 0, lang)})`,
                  },
                ]}
              />
            )}
          </Card>
        </>
      )}
    </>
  );
}
