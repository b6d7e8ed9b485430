import { Button, Card, Form, InputNumber, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { can } from '../../auth/session';
import { useMe } from '../../auth/useSession';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { codeLabel } from '../../components/labels';
import type { ClusterYear } from './cluster-queries';
import { ScoringTableForm } from './ScoringTableForm';
import { useClusterAction } from './use-cluster-action';

const AWARDS = ['CO_THI_DUA_TINH', 'BANG_KHEN_TINH'] as const;

/**
 * What the organising board does with the year: open the pact, open scoring on an adopted table,
 * hand the leadership over. The API decides who may; this only offers what the stage allows.
 */
export function BoardActions({ year }: { year: ClusterYear }) {
  const { t } = useTranslation();
  const me = useMe();
  const action = useClusterAction(year.id);
  const path = { params: { path: { id: year.id } } };
  if (!can(me, 'plan:manage')) return null;
  const latest = year.scoringTables.at(-1);
  return (
    <Card title={t('clusters.boardActions')} className="detail-section">
      <Space direction="vertical" style={{ width: '100%' }}>
        {year.status === 'FORMED' && (
          <Form
            layout="inline"
            initialValues={{ pactWorkingDays: 10, selfScoreWorkingDays: 10 }}
            onFinish={(values: { pactWorkingDays: number; selfScoreWorkingDays: number }) =>
              action.run(
                () => call(api.POST('/api/v1/cluster-years/{id}/pact', { ...path, body: values })),
                t('clusters.pactOpened'),
              )
            }
          >
            <Form.Item name="pactWorkingDays" label={t('clusters.pactDays')}>
              <InputNumber min={1} max={60} />
            </Form.Item>
            <Form.Item name="selfScoreWorkingDays" label={t('clusters.scoreDays')}>
              <InputNumber min={1} max={60} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={action.busy}>
              {t('clusters.openPact')}
            </Button>
          </Form>
        )}
        {['FORMED', 'PACT_SIGNING', 'PACT_SIGNED'].includes(year.status) && (
          <ScoringTableForm year={year} />
        )}
        {year.status === 'PACT_SIGNED' &&
          (latest ? (
            <Button
              type="primary"
              loading={action.busy}
              onClick={() =>
                action.run(
                  () =>
                    call(
                      api.POST('/api/v1/cluster-years/{id}/scoring', {
                        ...path,
                        body: { version: latest.version },
                      }),
                    ),
                  t('clusters.scoringOpened'),
                )
              }
            >
              {t('clusters.openScoring', { version: latest.version })}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t('clusters.noTable')}</Typography.Text>
          ))}
        {year.status === 'REVIEWED' && (
          <Form
            layout="inline"
            onFinish={(values: { nextLeaderUnitId: string }) =>
              action.run(
                () =>
                  call(api.POST('/api/v1/cluster-years/{id}/handover', { ...path, body: values })),
                t('clusters.handedOverDone'),
              )
            }
          >
            <Form.Item
              name="nextLeaderUnitId"
              label={t('clusters.nextLeader')}
              rules={[{ required: true, message: t('clusters.nextLeaderRequired') }]}
            >
              <Select
                style={{ minWidth: 240 }}
                options={year.members.map((member) => ({
                  value: member.unitId,
                  label: member.unitName,
                }))}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={action.busy}>
              {t('clusters.handOver')}
            </Button>
          </Form>
        )}
        {action.error !== null && <ApiErrorAlert error={action.error} />}
      </Space>
    </Card>
  );
}

/** The leader's proposal of the best members, by the review's ranking, for the flag and the Bằng khen. */
export function LeaderProposals({ year }: { year: ClusterYear }) {
  const { t } = useTranslation();
  const me = useMe();
  const action = useClusterAction(year.id);
  const leads = me.grants.some(
    (grant) => grant.unitId === year.leaderUnitId && grant.permissions.includes('dossier:endorse'),
  );
  if (!leads || (year.status !== 'REVIEWED' && year.status !== 'HANDED_OVER')) return null;
  const ranked = year.members.filter((member) => member.rank !== null);
  const initial = Object.fromEntries(
    ranked.map((member) => [member.unitId, member.proposedAwardCode ?? undefined]),
  );
  return (
    <Card title={t('clusters.proposals')} className="detail-section">
      <Typography.Paragraph type="secondary">{t('clusters.proposalsHint')}</Typography.Paragraph>
      <Form
        layout="vertical"
        initialValues={initial}
        onFinish={(values: Record<string, string | undefined>) =>
          action.run(
            () =>
              call(
                api.POST('/api/v1/cluster-years/{id}/proposals', {
                  params: { path: { id: year.id } },
                  body: {
                    proposals: Object.entries(values).flatMap(([unitId, awardCode]) =>
                      awardCode === undefined
                        ? []
                        : [{ unitId, awardCode: awardCode as (typeof AWARDS)[number] }],
                    ),
                  },
                }),
              ),
            t('clusters.proposed'),
          )
        }
      >
        {ranked.map((member) => (
          <Form.Item
            key={member.unitId}
            name={member.unitId}
            label={`${member.rank}. ${member.unitName}`}
          >
            <Select
              allowClear
              style={{ maxWidth: 360 }}
              options={AWARDS.map((code) => ({
                value: code,
                label: codeLabel(t, 'clusters.awards', code, code),
              }))}
            />
          </Form.Item>
        ))}
        {action.error !== null && <ApiErrorAlert error={action.error} />}
        <Button type="primary" htmlType="submit" loading={action.busy}>
          {t('clusters.propose')}
        </Button>
      </Form>
    </Card>
  );
}
