import { MinusCircleOutlined, PlusOutlined } from '../../components/icons';
import { Button, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import type { ClusterYear } from './cluster-queries';
import { useClusterAction } from './use-cluster-action';

interface CriterionRow {
  code: string;
  vi: string;
  en: string;
  maxPoints: number;
}

/**
 * The board adopts the year's criteria as a new version, starting from the latest one; members score
 * against the version scoring opens on, whatever is adopted after.
 */
export function ScoringTableForm({ year }: { year: ClusterYear }) {
  const { t } = useTranslation();
  const action = useClusterAction(year.id);
  const [form] = Form.useForm<{ criteria: CriterionRow[] }>();
  const latest = year.scoringTables.at(-1);
  const rows: CriterionRow[] = latest
    ? latest.criteria.map((criterion) => ({
        code: criterion.code,
        vi: criterion.title.vi,
        en: criterion.title.en,
        maxPoints: criterion.maxPoints,
      }))
    : [{ code: '', vi: '', en: '', maxPoints: 10 }];
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ criteria: rows }}
      onFinish={(values) =>
        action.run(
          () =>
            call(
              api.POST('/api/v1/cluster-years/{id}/scoring-tables', {
                params: { path: { id: year.id } },
                body: {
                  criteria: values.criteria.map((row) => ({
                    code: row.code,
                    title: { vi: row.vi, en: row.en },
                    maxPoints: row.maxPoints,
                  })),
                },
              }),
            ),
          t('clusters.tableAdopted'),
        )
      }
    >
      <Typography.Title level={5}>{t('clusters.adoptTable')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('clusters.adoptTableHint')}</Typography.Paragraph>
      <Form.List name="criteria">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item
                  name={[field.name, 'code']}
                  rules={[
                    {
                      required: true,
                      pattern: /^[A-Za-z0-9._-]{1,32}$/,
                      message: t('clusters.criterionCodeRule'),
                    },
                  ]}
                >
                  <Input placeholder={t('clusters.criterionCode')} style={{ width: 110 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'vi']}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      message: t('clusters.criterionTitleRequired'),
                    },
                  ]}
                >
                  <Input placeholder={t('clusters.criterionTitleVi')} maxLength={500} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'en']}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      message: t('clusters.criterionTitleRequired'),
                    },
                  ]}
                >
                  <Input placeholder={t('clusters.criterionTitleEn')} maxLength={500} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'maxPoints']}
                  rules={[{ required: true, message: t('clusters.criterionMaxRequired') }]}
                >
                  <InputNumber
                    min={0.01}
                    max={1000}
                    precision={2}
                    placeholder={t('clusters.criterionMax')}
                  />
                </Form.Item>
                {fields.length > 1 && (
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('clusters.removeCriterion')}
                    onClick={() => remove(field.name)}
                  />
                )}
              </Space>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ code: '', vi: '', en: '', maxPoints: 10 })}
            >
              {t('clusters.addCriterion')}
            </Button>
          </>
        )}
      </Form.List>
      {action.error !== null && <ApiErrorAlert error={action.error} />}
      <Button type="primary" htmlType="submit" loading={action.busy} className="detail-section">
        {t('clusters.adoptVersion', { version: (latest?.version ?? 0) + 1 })}
      </Button>
    </Form>
  );
}
