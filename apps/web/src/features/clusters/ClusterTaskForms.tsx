import { MinusCircleOutlined, PlusOutlined } from '../../components/icons';
import { Button, Card, Checkbox, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import type { Task } from '../../api/queries';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DeadlineTag } from '../../components/DeadlineTag';
import { codeLabel } from '../../components/labels';
import { localized } from '../../format/format';
import type { ClusterYear } from './cluster-queries';
import { adjustmentsFrom, type EnteredScores } from './review-adjustments';
import { useClusterAction } from './use-cluster-action';

const complete = (taskId: string, outcome: Record<string, unknown>) =>
  call(
    api.POST('/api/v1/tasks/{id}/complete', {
      params: { path: { id: taskId } },
      body: { outcome },
    }),
  );

/** The task's form: sign the pact, score the unit with its evidence, or record the review meeting. */
export function ClusterTaskForm({ task, year }: { task: Task; year: ClusterYear }) {
  const { t } = useTranslation();
  return (
    <Card
      className="detail-section"
      title={
        <Space wrap>
          <span>{codeLabel(t, 'taskTypes', task.type, task.type)}</span>
          {task.subject.label && (
            <Typography.Text type="secondary">{task.subject.label}</Typography.Text>
          )}
          <DeadlineTag dueAt={task.dueAt} workingDaysLeft={task.workingDaysLeft} />
        </Space>
      }
    >
      {task.type === 'cluster.sign-pact' && <SignPactForm task={task} year={year} />}
      {task.type === 'cluster.self-score' && <SelfScoreForm task={task} year={year} />}
      {task.type === 'cluster.review' && <ReviewForm task={task} year={year} />}
    </Card>
  );
}

function SignPactForm({ task, year }: { task: Task; year: ClusterYear }) {
  const { t } = useTranslation();
  const action = useClusterAction(year.id);
  return (
    <Form
      layout="vertical"
      onFinish={(values: { agreed: boolean; note?: string }) =>
        action.run(
          () =>
            complete(task.id, {
              agreed: values.agreed,
              ...(values.note ? { note: values.note } : {}),
            }),
          t('clusters.pactSigned'),
        )
      }
    >
      <Typography.Paragraph>
        {t('clusters.pactText', { cluster: year.clusterName, year: year.year })}
      </Typography.Paragraph>
      <Form.Item
        name="agreed"
        valuePropName="checked"
        rules={[
          {
            validator: (_, value) =>
              value ? Promise.resolve() : Promise.reject(new Error(t('clusters.agreeRequired'))),
          },
        ]}
      >
        <Checkbox>{t('clusters.agree')}</Checkbox>
      </Form.Item>
      <Form.Item name="note" label={t('clusters.note')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      {action.error !== null && <ApiErrorAlert error={action.error} />}
      <Button type="primary" htmlType="submit" loading={action.busy}>
        {t('clusters.sign')}
      </Button>
    </Form>
  );
}

interface SelfScoreValues {
  scores: Record<string, number>;
  evidence: { title: string; reference: string }[];
  note?: string;
}

function SelfScoreForm({ task, year }: { task: Task; year: ClusterYear }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const action = useClusterAction(year.id);
  const table = year.scoringTables.find((version) => version.version === year.scoringVersion);
  if (table === undefined) return null;
  return (
    <Form<SelfScoreValues>
      layout="vertical"
      initialValues={{ evidence: [{ title: '', reference: '' }] }}
      onFinish={(values) =>
        action.run(
          () =>
            complete(task.id, {
              scores: values.scores,
              evidence: values.evidence,
              ...(values.note ? { note: values.note } : {}),
            }),
          t('clusters.selfScored'),
        )
      }
    >
      <Typography.Paragraph type="secondary">
        {t('clusters.tableVersion', { version: table.version })}
      </Typography.Paragraph>
      {table.criteria.map((criterion) => (
        <Form.Item
          key={criterion.code}
          name={['scores', criterion.code]}
          label={`${criterion.code} — ${localized(criterion.title, lang)} (${t('clusters.maxPoints', { points: criterion.maxPoints })})`}
          rules={[{ required: true, message: t('clusters.scoreRequired') }]}
        >
          <InputNumber min={0} max={criterion.maxPoints} step={0.25} precision={2} />
        </Form.Item>
      ))}
      <Typography.Title level={5}>{t('clusters.evidence')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('clusters.evidenceHint')}</Typography.Paragraph>
      <Form.List name="evidence">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item
                  name={[field.name, 'title']}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      message: t('clusters.evidenceTitleRequired'),
                    },
                  ]}
                >
                  <Input placeholder={t('clusters.evidenceTitle')} maxLength={300} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'reference']}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      message: t('clusters.evidenceReferenceRequired'),
                    },
                  ]}
                >
                  <Input placeholder={t('clusters.evidenceReference')} maxLength={500} />
                </Form.Item>
                {fields.length > 1 && (
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('clusters.removeEvidence')}
                    onClick={() => remove(field.name)}
                  />
                )}
              </Space>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ title: '', reference: '' })}
            >
              {t('clusters.addEvidence')}
            </Button>
          </>
        )}
      </Form.List>
      <Form.Item name="note" label={t('clusters.note')} className="detail-section">
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      {action.error !== null && <ApiErrorAlert error={action.error} />}
      <Button type="primary" htmlType="submit" loading={action.busy}>
        {t('clusters.submitScores')}
      </Button>
    </Form>
  );
}

function ReviewForm({ task, year }: { task: Task; year: ClusterYear }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const action = useClusterAction(year.id);
  const members = year.members.map((member) => ({ value: member.unitId, label: member.unitName }));
  const table = year.scoringTables.find((version) => version.version === year.scoringVersion);
  const initialScores = Object.fromEntries(
    year.members.map((member) => [member.unitId, member.selfScores ?? {}]),
  );
  return (
    <Form
      layout="vertical"
      initialValues={{ scores: initialScores }}
      onFinish={(values: { minutes: string; tieBreak?: string[]; scores?: EnteredScores }) => {
        const adjustments = adjustmentsFrom(year.members, values.scores ?? {});
        action.run(
          () =>
            complete(task.id, {
              minutes: values.minutes,
              ...(Object.keys(adjustments).length > 0 ? { adjustments } : {}),
              ...(values.tieBreak && values.tieBreak.length > 0
                ? { tieBreak: values.tieBreak }
                : {}),
            }),
          t('clusters.reviewed'),
        );
      }}
    >
      <Typography.Paragraph type="secondary">{t('clusters.reviewHint')}</Typography.Paragraph>
      {table && (
        <>
          <Typography.Title level={5}>{t('clusters.adjustments')}</Typography.Title>
          <Typography.Paragraph type="secondary">
            {t('clusters.adjustmentsHint')}
          </Typography.Paragraph>
          {year.members.map((member) => (
            <Space key={member.unitId} align="baseline" wrap>
              <Typography.Text strong style={{ minWidth: 220, display: 'inline-block' }}>
                {member.unitName}
              </Typography.Text>
              {table.criteria.map((criterion) => (
                <Form.Item
                  key={criterion.code}
                  name={['scores', member.unitId, criterion.code]}
                  label={`${criterion.code} (≤ ${criterion.maxPoints})`}
                  tooltip={localized(criterion.title, lang)}
                >
                  <InputNumber min={0} max={criterion.maxPoints} step={0.25} precision={2} />
                </Form.Item>
              ))}
            </Space>
          ))}
        </>
      )}
      <Form.Item
        name="minutes"
        label={t('clusters.minutes')}
        rules={[{ required: true, whitespace: true, message: t('clusters.minutesRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="tieBreak" label={t('clusters.tieBreak')} extra={t('clusters.tieBreakHint')}>
        <Select mode="multiple" options={members} />
      </Form.Item>
      {action.error !== null && <ApiErrorAlert error={action.error} />}
      <Button type="primary" htmlType="submit" loading={action.busy}>
        {t('clusters.recordReview')}
      </Button>
    </Form>
  );
}
