import { CheckOutlined } from '../../components/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  Modal,
  Radio,
  Select,
  Space,
  Statistic,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { can } from '../../auth/session';
import { useMe } from '../../auth/useSession';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { codeLabel } from '../../components/labels';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime, formatIsoDate, localized } from '../../format/format';
import { PlanDocumentPanel } from './PlanDocumentPanel';
import {
  opensWindow,
  PlanWindowPanel,
  QuarterSummaryPanel,
  useQuarterSummaries,
} from './PlanTimelineParts';

type Plan = Schemas['PlanDto'];
type PlanItem = Schemas['PlanItemDto'];

const QUARTERS = [1, 2, 3, 4] as const;
const OUTCOME_COLORS: Record<PlanItem['outcome'], string> = {
  ON_TIME: 'success',
  DONE_LATE: 'gold',
  OVERDUE: 'error',
  OPEN: 'processing',
};

/**
 * The year's emulation plan as its standing body follows it: each item by quarter with its owner,
 * due date, outcome, evidence and the reminders sent; an item completed with its evidence; and, for
 * the planners, a plan document checked (the year simulated) and issued.
 */
export function PlansPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'progress';
  const plans = useQuery({
    queryKey: ['plans'],
    queryFn: () => call(api.GET('/api/v1/plans', { params: { query: {} } })),
    // The running plans first (the one people follow), then drafts and closed ones, latest year first.
    select: (list) =>
      [...list].sort(
        (a, b) => Number(b.status === 'ACTIVE') - Number(a.status === 'ACTIVE') || b.year - a.year,
      ),
  });
  const planId = params.get('plan') ?? plans.data?.[0]?.id;
  const manages = can(me, 'plan:manage');
  return (
    <>
      <PageHeader title={t('plans.title')} subtitle={t('plans.subtitle')} />
      <Tabs
        activeKey={tab}
        onChange={(key) =>
          setParams(key === 'progress' ? (planId ? { plan: planId } : {}) : { tab: key })
        }
        items={[
          {
            key: 'progress',
            label: t('plans.progressTab'),
            children: plans.error ? (
              <ApiErrorAlert error={plans.error} />
            ) : (
              <>
                <Card className="filters-card" loading={plans.isPending}>
                  <div className="plan-picker">
                    <label htmlFor="plan-select">{t('plans.plan')}</label>
                    <Select
                      id="plan-select"
                      className="plan-select"
                      value={planId}
                      onChange={(value: string) => setParams({ plan: value })}
                      notFoundContent={t('plans.none')}
                      options={(plans.data ?? []).map((plan) => ({
                        value: plan.id,
                        label: t('plans.planLabel', {
                          year: plan.year,
                          number: plan.number ?? t('plans.draft'),
                          issuer: plan.issuer.name,
                        }),
                      }))}
                    />
                  </div>
                </Card>
                {planId ? (
                  <PlanProgress planId={planId} />
                ) : (
                  plans.data && <Empty description={t('plans.none')} />
                )}
              </>
            ),
          },
          ...(manages
            ? [
                {
                  key: 'document',
                  label: t('plans.documentTab'),
                  children: <PlanDocumentPanel />,
                },
              ]
            : []),
        ]}
      />
    </>
  );
}

function PlanProgress({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const [completing, setCompleting] = useState<PlanItem | null>(null);
  const plan = useQuery({
    queryKey: ['plans', planId],
    queryFn: () => call(api.GET('/api/v1/plans/{planId}', { params: { path: { planId } } })),
  });
  const summaries = useQuarterSummaries(planId);
  if (plan.error) return <ApiErrorAlert error={plan.error} />;
  if (!plan.data) return <Card loading />;
  const items = plan.data.items;
  // A draft runs nothing yet: its items are neither late nor summarised.
  const draft = plan.data.status === 'DRAFT';
  const done = items.filter((item) => item.status === 'DONE').length;
  const overdue = draft ? 0 : items.filter((item) => item.outcome === 'OVERDUE').length;
  return (
    <>
      <Card className="detail-section">
        <Space wrap size={[48, 16]}>
          <Statistic title={t('plans.items')} value={items.length} />
          <Statistic title={t('plans.done')} value={done} />
          <Statistic
            title={t('plans.overdue')}
            value={overdue}
            valueStyle={overdue > 0 ? { color: '#cf1322' } : undefined}
          />
          <Statistic
            title={t('plans.status')}
            value={codeLabel(t, 'planStatuses', plan.data.status, plan.data.status)}
          />
        </Space>
        <Typography.Paragraph type="secondary" className="plan-standing">
          {t('plans.standingBody', { unit: plan.data.standingBody.name })}
          {plan.data.signer ? ` · ${t('plans.signer', { name: plan.data.signer })}` : ''}
        </Typography.Paragraph>
      </Card>
      <div className="plan-quarters">
        {QUARTERS.map((quarter) => (
          <QuarterColumn
            key={quarter}
            planId={planId}
            quarter={quarter}
            items={items.filter((item) => item.quarter === quarter)}
            summary={summaries.data?.get(quarter)}
            draft={draft}
            onComplete={plan.data.status === 'ACTIVE' ? setCompleting : null}
          />
        ))}
      </div>
      {completing && (
        <CompleteItemModal plan={plan.data} item={completing} onClose={() => setCompleting(null)} />
      )}
    </>
  );
}

function QuarterColumn({
  planId,
  quarter,
  items,
  summary,
  draft,
  onComplete,
}: {
  planId: string;
  quarter: number;
  items: PlanItem[];
  summary: Schemas['QuarterSummaryDto'] | undefined;
  draft: boolean;
  /** Only a running plan's items can be completed (a draft or a closed plan's cannot). */
  onComplete: ((item: PlanItem) => void) | null;
}) {
  const { t } = useTranslation();
  return (
    <section className="plan-quarter" aria-labelledby={`quarter-${quarter}`}>
      <Typography.Title level={2} className="section-title" id={`quarter-${quarter}`}>
        {t('plans.quarter', { quarter })}
      </Typography.Title>
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t('plans.noItems')}</Typography.Text>
      ) : (
        items.map((item) => (
          <PlanItemCard
            key={item.key}
            planId={planId}
            item={item}
            draft={draft}
            onComplete={onComplete}
          />
        ))
      )}
      {!draft && <QuarterSummaryPanel summary={summary} />}
    </section>
  );
}

function PlanItemCard({
  planId,
  item,
  draft,
  onComplete,
}: {
  planId: string;
  item: PlanItem;
  draft: boolean;
  onComplete: ((item: PlanItem) => void) | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const me = useMe();
  const reminders = item.notices.filter((notice) => notice.kind === 'reminder').length;
  const overdueNotices = item.notices.length - reminders;
  return (
    <Card
      size="small"
      className={`plan-item${draft ? '' : ` plan-item-${item.outcome.toLowerCase()}`}`}
    >
      <Space wrap size={[4, 4]}>
        {!draft && (
          <Tag color={OUTCOME_COLORS[item.outcome]}>
            {codeLabel(t, 'planOutcomes', item.outcome, item.outcome)}
          </Tag>
        )}
        <Tag>{codeLabel(t, 'planKinds', item.kind, item.kind)}</Tag>
      </Space>
      <Typography.Paragraph className="plan-item-text">
        {localized(item.text, lang)}
      </Typography.Paragraph>
      <div className="task-subject">
        {t('plans.owner', { unit: item.owner.name })} ·{' '}
        {t('plans.dueOn', { date: formatIsoDate(item.dueOn) })}
      </div>
      {item.notices.length > 0 && (
        <div className="task-subject">
          {t('plans.notices', { reminders, overdue: overdueNotices })}
        </div>
      )}
      {opensWindow(item) && !draft && <PlanWindowPanel planId={planId} item={item} />}
      {item.status === 'DONE' ? (
        <div className="plan-evidence">
          {t('plans.completedBy', {
            name: item.completedByName ?? t('plans.someone'),
            at: item.completedAt ? formatDateTime(item.completedAt) : '',
          })}
          {item.evidence && (
            <div>
              {item.evidence.type === 'link' && item.evidence.url ? (
                <a href={item.evidence.url} target="_blank" rel="noreferrer">
                  {item.evidence.title ?? item.evidence.url}
                </a>
              ) : (
                `${t('plans.evidenceDocument', {
                  number: item.evidence.number ?? '',
                  date: item.evidence.issuedOn ? formatIsoDate(item.evidence.issuedOn) : '',
                })}${item.evidence.title ? `: ${item.evidence.title}` : ''}`
              )}
            </div>
          )}
        </div>
      ) : (
        onComplete &&
        can(me, 'plan:complete') && (
          <Button
            size="small"
            icon={<CheckOutlined />}
            onClick={() => onComplete(item)}
            aria-label={t('plans.completeItem', { item: localized(item.text, lang) })}
          >
            {t('plans.complete')}
          </Button>
        )
      )}
    </Card>
  );
}

interface CompleteValues {
  type: 'document' | 'link';
  number?: string;
  issuedOn?: Dayjs;
  title?: string;
  url?: string;
  note?: string;
}

function CompleteItemModal({
  plan,
  item,
  onClose,
}: {
  plan: Plan;
  item: PlanItem;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CompleteValues>();
  const type = Form.useWatch('type', form) ?? 'document';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (values: CompleteValues) => {
    setBusy(true);
    setError(null);
    try {
      await call(
        api.POST('/api/v1/plans/{planId}/items/{itemKey}/complete', {
          params: { path: { planId: plan.id, itemKey: item.key } },
          body: {
            evidence: {
              type: values.type,
              ...(values.title?.trim() ? { title: values.title.trim() } : {}),
              ...(values.type === 'document'
                ? {
                    number: values.number?.trim(),
                    ...(values.issuedOn ? { issuedOn: values.issuedOn.format('YYYY-MM-DD') } : {}),
                  }
                : { url: values.url?.trim() }),
            },
            ...(values.note?.trim() ? { note: values.note.trim() } : {}),
          },
        }),
      );
      void message.success(t('plans.completed'));
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
      onClose();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('plans.completeTitle')}
      onCancel={onClose}
      okText={t('plans.confirmComplete')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph>{localized(item.text, lang)}</Typography.Paragraph>
      <Form<CompleteValues>
        form={form}
        layout="vertical"
        initialValues={{ type: 'document' }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="type" label={t('plans.evidenceType')}>
          <Radio.Group>
            <Radio value="document">{t('plans.evidenceDocumentType')}</Radio>
            <Radio value="link">{t('plans.evidenceLinkType')}</Radio>
          </Radio.Group>
        </Form.Item>
        {type === 'document' ? (
          <div className="form-grid">
            <Form.Item
              name="number"
              label={t('plans.evidenceNumber')}
              rules={[{ required: true, whitespace: true, message: t('units.required') }]}
            >
              <Input maxLength={100} placeholder={t('plans.evidenceNumberPlaceholder')} />
            </Form.Item>
            <Form.Item
              name="issuedOn"
              label={t('plans.evidenceIssuedOn')}
              rules={[{ required: true, message: t('units.required') }]}
            >
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </div>
        ) : (
          <Form.Item
            name="url"
            label={t('plans.evidenceUrl')}
            rules={[{ required: true, type: 'url', message: t('plans.urlRequired') }]}
          >
            <Input maxLength={1000} placeholder="https://" />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('plans.evidenceTitle')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="note" label={t('plans.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
      {error !== null && <ApiErrorAlert error={error} />}
    </Modal>
  );
}
