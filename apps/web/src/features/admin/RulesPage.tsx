import { MinusCircleOutlined, PlusOutlined } from '../../components/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Collapse,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  List,
  Radio,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { type Award, useAwards } from '../../api/queries';
import { can } from '../../auth/session';
import { useMe } from '../../auth/useSession';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { showFieldErrors } from '../../components/form-errors';
import { codeLabel } from '../../components/labels';
import {
  formatDateTime,
  formatIsoDate,
  formatLegalRef,
  formatMoney,
  localized,
} from '../../format/format';
import { PageHeader } from '../../components/PageHeader';

type LegalSource = Schemas['LegalSourceDto'];

/** A source and whether it was checked against the official text. */
function SourceTag({ source }: { source: Partial<LegalSource> | undefined }) {
  const { t } = useTranslation();
  if (!source) return null;
  const confirmed = source.status === 'confirmed';
  return (
    <Space wrap size={[4, 4]}>
      <span className="legal-ref">
        {source.url ? (
          <a href={source.url} target="_blank" rel="noreferrer">
            {source.document}
          </a>
        ) : (
          source.document
        )}
        {source.issuedOn ? ` (${formatIsoDate(source.issuedOn)})` : ''}
      </span>
      <Tag color={confirmed ? 'success' : 'warning'}>
        {confirmed ? t('rules.confirmed') : t('rules.unconfirmed')}
      </Tag>
    </Space>
  );
}

/**
 * The law the engine applies, as an administrator checks and updates it: the rule sets by date with
 * their legal bases and what is still unconfirmed, the award catalog, the holiday calendar by year
 * (official, published or provisional days), the base salary; and the publications an administrator
 * makes without a release (a year's holidays, a base-salary step) with their propagation.
 */
export function RulesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'rule-sets';
  return (
    <>
      <PageHeader title={t('rules.title')} subtitle={t('rules.subtitle')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key })}
        items={[
          { key: 'rule-sets', label: t('rules.ruleSetsTab'), children: <RuleSets /> },
          { key: 'awards', label: t('rules.awardsTab'), children: <AwardCatalog /> },
          { key: 'holidays', label: t('rules.holidaysTab'), children: <Holidays /> },
          { key: 'salary', label: t('rules.salaryTab'), children: <BaseSalary /> },
          { key: 'publications', label: t('rules.publicationsTab'), children: <Publications /> },
        ]}
      />
    </>
  );
}

function RuleSets() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const ruleSets = useQuery({
    queryKey: ['rule-sets'],
    queryFn: () => call(api.GET('/api/v1/rule-sets')),
  });
  if (ruleSets.error) return <ApiErrorAlert error={ruleSets.error} />;
  return (
    <List
      loading={ruleSets.isPending}
      dataSource={ruleSets.data?.items ?? []}
      renderItem={(ruleSet) => (
        <List.Item key={ruleSet.id} className="rule-set-item">
          <Card
            className="detail-section"
            title={
              <Space wrap>
                <span>{localized(ruleSet.name, lang)}</span>
                {ruleSet.inForce && <Tag color="success">{t('rules.inForce')}</Tag>}
              </Space>
            }
            extra={t('units.validRange', {
              from: formatIsoDate(ruleSet.effectiveFrom),
              to: ruleSet.effectiveTo ? formatIsoDate(ruleSet.effectiveTo) : t('units.now'),
            })}
          >
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'id', label: t('rules.ruleSetId'), children: ruleSet.id },
                { key: 'awards', label: t('rules.awardCount'), children: ruleSet.awards },
                ...(ruleSet.transition
                  ? [
                      {
                        key: 'transition',
                        label: t('rules.transition'),
                        children: (
                          <Space wrap size={[4, 4]}>
                            {t('rules.transitionText', {
                              previous: ruleSet.transition.previous,
                              date: formatIsoDate(ruleSet.transition.receivedBefore),
                            })}
                            <span className="legal-ref">
                              {formatLegalRef(ruleSet.transition.legalRef, lang)}
                            </span>
                            <Tag color={ruleSet.transition.confirmed ? 'success' : 'warning'}>
                              {ruleSet.transition.confirmed
                                ? t('rules.confirmed')
                                : t('rules.unconfirmed')}
                            </Tag>
                          </Space>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            <Typography.Title level={2} className="section-title">
              {t('rules.legalBasis')}
            </Typography.Title>
            <List
              size="small"
              dataSource={ruleSet.legalBasis}
              renderItem={(instrument) => (
                <List.Item key={instrument.id}>
                  <List.Item.Meta
                    title={`${instrument.number} – ${localized(instrument.title, lang)}`}
                    description={
                      <Space wrap size={[8, 4]}>
                        {instrument.issuedOn ? (
                          <span>
                            {t('rules.signedOn', { date: formatIsoDate(instrument.issuedOn) })}
                          </span>
                        ) : (
                          <Tag color="warning">{t('rules.dateUnconfirmed')}</Tag>
                        )}
                        {instrument.effectiveFrom && (
                          <span>
                            {t('rules.effectiveFrom', {
                              date: formatIsoDate(instrument.effectiveFrom),
                            })}
                          </span>
                        )}
                      </Space>
                    }
                  />
                </List.Item>
              )}
            />
            {ruleSet.unconfirmed.length > 0 && (
              <Collapse
                items={[
                  {
                    key: 'unconfirmed',
                    label: t('rules.unconfirmedItems', { count: ruleSet.unconfirmed.length }),
                    children: (
                      <List
                        size="small"
                        dataSource={ruleSet.unconfirmed}
                        renderItem={(item) => (
                          <List.Item key={item.path}>
                            <List.Item.Meta
                              title={<code>{item.path}</code>}
                              description={localized(item.note, lang)}
                            />
                          </List.Item>
                        )}
                      />
                    ),
                  },
                ]}
              />
            )}
          </Card>
        </List.Item>
      )}
    />
  );
}

/** `80%` of all members, from the award's ballot rule. */
function thresholdText(award: Award): string {
  const threshold = (
    award.ballot as { threshold?: { numerator: number; denominator: number } } | null
  )?.threshold;
  return threshold
    ? `${threshold.numerator}/${threshold.denominator} (${Math.round((threshold.numerator / threshold.denominator) * 100)}%)`
    : '—';
}

/** The bonus coefficients by nominee kind: `cá nhân 1,0 · tập thể 2,0`. */
function bonusText(award: Award, kindName: (kind: string) => string, lang: 'vi' | 'en'): string {
  return Object.entries(award.bonus as Record<string, { thousandths?: number }>)
    .filter(([, coefficient]) => typeof coefficient?.thousandths === 'number')
    .map(
      ([kind, coefficient]) =>
        `${kindName(kind)} ${new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { minimumFractionDigits: 1 }).format((coefficient.thousandths ?? 0) / 1000)}`,
    )
    .join(' · ');
}

function AwardCatalog() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const awards = useAwards(asOf?.format('YYYY-MM-DD'));
  const kindName = (kind: string) => codeLabel(t, 'dossierForm.kinds', kind, kind);
  const columns: ColumnsType<Award> = [
    {
      title: t('rules.award'),
      key: 'name',
      render: (_, award) => (
        <div>
          <strong>{localized(award.name, lang)}</strong>
          <div className="task-subject">
            {award.kind === 'emulation-title'
              ? t('dossierForm.emulationTitles')
              : t('dossierForm.commendations')}
            {' · '}
            {award.nomineeKinds.map(kindName).join(', ')}
          </div>
        </div>
      ),
    },
    {
      title: t('rules.threshold'),
      key: 'threshold',
      responsive: ['md'],
      render: (_, award) => thresholdText(award),
    },
    {
      title: t('rules.bonus'),
      key: 'bonus',
      responsive: ['lg'],
      render: (_, award) => bonusText(award, kindName, lang),
    },
    {
      title: t('precheck.basis'),
      key: 'refs',
      responsive: ['md'],
      render: (_, award) => (
        <span className="legal-ref">
          {award.legalRefs.map((ref) => formatLegalRef(ref, lang)).join('; ')}
        </span>
      ),
    },
  ];
  return (
    <>
      <Card className="filters-card">
        <Space wrap>
          <span>{t('rules.catalogOn')}</span>
          <DatePicker
            format="DD/MM/YYYY"
            value={asOf}
            onChange={setAsOf}
            aria-label={t('rules.catalogOn')}
            placeholder={t('rules.today')}
          />
          {awards.data && (
            <Typography.Text type="secondary">
              {t('precheck.rulesOf', {
                ruleSet: String(awards.data.ruleSet.id),
                date: formatIsoDate(awards.data.asOf),
              })}
            </Typography.Text>
          )}
        </Space>
      </Card>
      {awards.error ? (
        <ApiErrorAlert error={awards.error} />
      ) : (
        <Table<Award>
          rowKey="code"
          size="small"
          loading={awards.isPending}
          columns={columns}
          dataSource={awards.data?.awards ?? []}
          pagination={false}
        />
      )}
    </>
  );
}

function Holidays() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const me = useMe();
  const [year, setYear] = useState(dayjs().year() + 1);
  const holidays = useQuery({
    queryKey: ['holidays', year],
    queryFn: () => call(api.GET('/api/v1/calendar/holidays', { params: { query: { year } } })),
  });
  const weekday = (date: string) => {
    const name = dayjs(date).locale(lang).format('dddd');
    return name.charAt(0).toUpperCase() + name.slice(1);
  };
  const data = holidays.data;
  return (
    <>
      <Card className="filters-card">
        <Space wrap>
          <span>{t('rules.year')}</span>
          <InputNumber
            min={2000}
            max={2100}
            value={year}
            onChange={(value) => value && setYear(value)}
            aria-label={t('rules.year')}
          />
          {data && (
            <Tag color={data.origin === 'provisional' ? 'warning' : 'success'}>
              {t(`rules.origins.${data.origin}`)}
              {data.revision ? ` · ${t('rules.revision', { revision: data.revision })}` : ''}
            </Tag>
          )}
        </Space>
        {data?.origin === 'provisional' && (
          <Alert
            type="warning"
            showIcon
            className="form-notice"
            title={t('rules.provisionalHint')}
          />
        )}
      </Card>
      {holidays.error ? (
        <ApiErrorAlert error={holidays.error} />
      ) : (
        <Card
          title={t('rules.daysOff', { count: data?.daysOff.length ?? 0 })}
          className="detail-section"
          loading={holidays.isPending}
        >
          <Table
            rowKey="date"
            size="small"
            pagination={false}
            dataSource={data?.daysOff ?? []}
            columns={[
              {
                title: t('rules.date'),
                key: 'date',
                render: (_, day) => (
                  <div>
                    <div>{formatIsoDate(day.date)}</div>
                    <div className="task-subject">{weekday(day.date)}</div>
                  </div>
                ),
              },
              {
                title: t('rules.occasion'),
                key: 'name',
                render: (_, day) => localized(day.name, lang),
              },
              {
                title: t('rules.source'),
                key: 'source',
                responsive: ['md'],
                render: (_, day) => <SourceTag source={day.source} />,
              },
            ]}
          />
          {(data?.workingSaturdays.length ?? 0) > 0 && (
            <>
              <Typography.Title level={2} className="section-title">
                {t('rules.workingSaturdays')}
              </Typography.Title>
              <List
                size="small"
                dataSource={data?.workingSaturdays ?? []}
                renderItem={(day) => (
                  <List.Item key={day.date}>
                    {t('rules.workingSaturday', {
                      date: formatIsoDate(day.date),
                      inLieuOf: formatIsoDate(day.inLieuOf),
                    })}
                  </List.Item>
                )}
              />
            </>
          )}
        </Card>
      )}
      {can(me, 'legal-data:publish') && (
        <PublishHolidays year={year} onPublished={() => void holidays.refetch()} />
      )}
    </>
  );
}

interface HolidayValues {
  year: number;
  breaks: { from: Dayjs; to: Dayjs; vi: string; en: string }[];
  saturdays: { date: Dayjs; inLieuOf: Dayjs }[];
  document: string;
  issuedOn?: Dayjs;
  issuer?: string;
  url?: string;
  status: 'confirmed' | 'unconfirmed';
}

/** The source fields every publication carries. */
function SourceFields() {
  const { t } = useTranslation();
  return (
    <div className="form-grid">
      <Form.Item
        name="document"
        label={t('rules.document')}
        rules={[{ required: true, whitespace: true, message: t('units.required') }]}
      >
        <Input maxLength={500} placeholder={t('rules.documentPlaceholder')} />
      </Form.Item>
      <Form.Item name="issuedOn" label={t('rules.issuedOn')}>
        <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="issuer" label={t('rules.issuer')}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="url" label={t('rules.url')}>
        <Input maxLength={1000} placeholder="https://" />
      </Form.Item>
      <Form.Item name="status" label={t('rules.status')} className="form-grid-wide">
        <Radio.Group>
          <Radio value="confirmed">{t('rules.statusConfirmed')}</Radio>
          <Radio value="unconfirmed">{t('rules.statusUnconfirmed')}</Radio>
        </Radio.Group>
      </Form.Item>
    </div>
  );
}

function sourceOf(values: {
  document: string;
  issuedOn?: Dayjs;
  issuer?: string;
  url?: string;
  status: 'confirmed' | 'unconfirmed';
}): LegalSource {
  return {
    document: values.document.trim(),
    status: values.status,
    ...(values.issuedOn ? { issuedOn: values.issuedOn.format('YYYY-MM-DD') } : {}),
    ...(values.issuer?.trim() ? { issuer: values.issuer.trim() } : {}),
    ...(values.url?.trim() ? { url: values.url.trim() } : {}),
  };
}

/** The API names source fields `source.document`; the form keeps them at its top level. */
const SOURCE_FIELDS = {
  'source.document': 'document',
  'source.issuedOn': 'issuedOn',
  'source.issuer': 'issuer',
  'source.url': 'url',
  'source.status': 'status',
};

function PublishHolidays({ year, onPublished }: { year: number; onPublished: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<HolidayValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [published, setPublished] = useState<Schemas['PublishedHolidayScheduleDto'] | null>(null);

  const submit = async (values: HolidayValues) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await call(
        api.POST('/api/v1/legal-data/holiday-schedules', {
          body: {
            year: values.year,
            breaks: values.breaks.map((entry) => ({
              from: entry.from.format('YYYY-MM-DD'),
              to: entry.to.format('YYYY-MM-DD'),
              name: { vi: entry.vi.trim(), en: entry.en.trim() },
            })),
            workingSaturdays: (values.saturdays ?? []).map((entry) => ({
              date: entry.date.format('YYYY-MM-DD'),
              inLieuOf: entry.inLieuOf.format('YYYY-MM-DD'),
            })),
            source: sourceOf(values),
          },
        }),
      );
      setPublished(answer);
      void message.success(t('rules.published'));
      await queryClient.invalidateQueries({ queryKey: ['legal-publications'] });
      onPublished();
    } catch (failure) {
      setError(failure);
      showFieldErrors(form, failure, lang, SOURCE_FIELDS);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('rules.publishHolidays')} className="detail-section">
      <Typography.Paragraph type="secondary">{t('rules.publishHolidaysHint')}</Typography.Paragraph>
      <Form<HolidayValues>
        form={form}
        layout="vertical"
        disabled={busy}
        initialValues={{ year, breaks: [{}], saturdays: [], status: 'confirmed' }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="year"
          label={t('rules.year')}
          rules={[{ required: true, message: t('units.required') }]}
        >
          <InputNumber min={1901} max={2198} />
        </Form.Item>
        <Form.List name="breaks">
          {(fields, { add, remove }) => (
            <fieldset className="record-list">
              <legend>{t('rules.breaks')}</legend>
              {fields.map((field, index) => (
                <div key={field.key} className="break-row">
                  <Form.Item
                    name={[field.name, 'from']}
                    label={t('rules.breakFrom', { index: index + 1 })}
                    rules={[{ required: true, message: t('units.required') }]}
                  >
                    <DatePicker format="DD/MM/YYYY" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'to']}
                    label={t('rules.breakTo')}
                    rules={[{ required: true, message: t('units.required') }]}
                  >
                    <DatePicker format="DD/MM/YYYY" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'vi']}
                    label={t('rules.breakNameVi')}
                    rules={[{ required: true, whitespace: true, message: t('units.required') }]}
                  >
                    <Input maxLength={500} placeholder={t('rules.breakNamePlaceholder')} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'en']}
                    label={t('rules.breakNameEn')}
                    rules={[{ required: true, whitespace: true, message: t('units.required') }]}
                  >
                    <Input maxLength={500} />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      type="text"
                      danger
                      icon={<MinusCircleOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label={t('rules.removeBreak', { index: index + 1 })}
                    />
                  )}
                </div>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({})}>
                {t('rules.addBreak')}
              </Button>
            </fieldset>
          )}
        </Form.List>
        <Form.List name="saturdays">
          {(fields, { add, remove }) => (
            <fieldset className="record-list">
              <legend>{t('rules.workingSaturdays')}</legend>
              {fields.map((field, index) => (
                <div key={field.key} className="break-row">
                  <Form.Item
                    name={[field.name, 'date']}
                    label={t('rules.saturday', { index: index + 1 })}
                    rules={[{ required: true, message: t('units.required') }]}
                  >
                    <DatePicker format="DD/MM/YYYY" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'inLieuOf']}
                    label={t('rules.inLieuOf')}
                    rules={[{ required: true, message: t('units.required') }]}
                  >
                    <DatePicker format="DD/MM/YYYY" />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t('rules.removeSaturday', { index: index + 1 })}
                  />
                </div>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({})}>
                {t('rules.addSaturday')}
              </Button>
            </fieldset>
          )}
        </Form.List>
        <SourceFields />
        {error !== null && <ApiErrorAlert error={error} />}
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('rules.publish')}
        </Button>
      </Form>
      {published && (
        <div className="detail-section">
          {published.warnings.map((warning) => (
            <Alert
              key={`${warning.field}-${warning.rule}`}
              type="warning"
              showIcon
              className="form-notice"
              title={localized(warning.message, lang)}
            />
          ))}
          <Propagation revision={published.revision} />
        </div>
      )}
    </Card>
  );
}

/** What a publication did to the open dossiers: the propagation and each deadline moved. */
function Propagation({ revision }: { revision: number }) {
  const { t } = useTranslation();
  const effects = useQuery({
    queryKey: ['legal-publications', 'propagation', revision],
    queryFn: () =>
      call(
        api.GET('/api/v1/legal-data/publications/{revision}/propagation', {
          params: { path: { revision } },
        }),
      ),
    refetchInterval: (query) => (query.state.data?.status === 'RUNNING' ? 2_000 : false),
  });
  if (effects.error) return <ApiErrorAlert error={effects.error} />;
  const data = effects.data;
  if (!data) return null;
  return (
    <Card size="small" title={t('rules.propagation', { revision })}>
      <Typography.Paragraph>
        {codeLabel(t, 'workflowStatuses', data.status, data.status)}
        {data.result
          ? ` · ${t('rules.propagated', { signalled: data.result.signalled, gone: data.result.gone })}`
          : ''}
      </Typography.Paragraph>
      {data.moved.length === 0 ? (
        <Typography.Text type="secondary">{t('rules.nothingMoved')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={data.moved}
          renderItem={(move) => (
            <List.Item key={`${move.code}-${move.taskKey}`}>
              {t('rules.moved', {
                code: move.code,
                unit: move.unitName,
                from: formatIsoDate(move.from),
                to: formatIsoDate(move.to),
              })}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

interface SalaryValues {
  effectiveFrom: Dayjs;
  vnd: number;
  document: string;
  issuedOn?: Dayjs;
  issuer?: string;
  url?: string;
  status: 'confirmed' | 'unconfirmed';
}

function BaseSalary() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const me = useMe();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SalaryValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const steps = useQuery({
    queryKey: ['legal-publications', 'salary'],
    queryFn: () => call(api.GET('/api/v1/legal-data/base-salary-steps')),
  });
  const submit = async (values: SalaryValues) => {
    setBusy(true);
    setError(null);
    try {
      await call(
        api.POST('/api/v1/legal-data/base-salary-steps', {
          body: {
            effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD'),
            vnd: values.vnd,
            source: sourceOf(values),
          },
        }),
      );
      void message.success(t('rules.published'));
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['legal-publications'] });
    } catch (failure) {
      setError(failure);
      showFieldErrors(form, failure, lang, SOURCE_FIELDS);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {steps.error ? (
        <ApiErrorAlert error={steps.error} />
      ) : (
        <Table
          rowKey="from"
          size="small"
          loading={steps.isPending}
          pagination={false}
          dataSource={[...(steps.data ?? [])].reverse()}
          columns={[
            { title: t('rules.from'), key: 'from', render: (_, step) => formatIsoDate(step.from) },
            {
              title: t('rules.amount'),
              key: 'vnd',
              align: 'right',
              render: (_, step) => formatMoney(step.vnd, lang),
            },
            {
              title: t('rules.source'),
              key: 'source',
              responsive: ['md'],
              render: (_, step) => <SourceTag source={step.source} />,
            },
            {
              title: t('rules.originTitle'),
              key: 'origin',
              render: (_, step) => (
                <Tag>
                  {step.origin === 'published'
                    ? t('rules.revision', { revision: step.revision ?? 0 })
                    : t('rules.origins.release')}
                </Tag>
              ),
            },
          ]}
        />
      )}
      {can(me, 'legal-data:publish') && (
        <Card title={t('rules.publishSalary')} className="detail-section">
          <Typography.Paragraph type="secondary">
            {t('rules.publishSalaryHint')}
          </Typography.Paragraph>
          <Form<SalaryValues>
            form={form}
            layout="vertical"
            disabled={busy}
            initialValues={{ status: 'confirmed' }}
            onFinish={(values) => void submit(values)}
          >
            <div className="form-grid">
              <Form.Item
                name="effectiveFrom"
                label={t('rules.from')}
                rules={[{ required: true, message: t('units.required') }]}
              >
                <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item
                name="vnd"
                label={t('rules.amountVnd')}
                rules={[{ required: true, message: t('units.required') }]}
              >
                <InputNumber min={0} step={10_000} style={{ width: '100%' }} />
              </Form.Item>
            </div>
            <SourceFields />
            {error !== null && <ApiErrorAlert error={error} />}
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('rules.publish')}
            </Button>
          </Form>
        </Card>
      )}
    </>
  );
}

function Publications() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  const publications = useQuery({
    queryKey: ['legal-publications', 'list'],
    queryFn: () => call(api.GET('/api/v1/legal-data/publications', { params: { query: {} } })),
  });
  if (publications.error) return <ApiErrorAlert error={publications.error} />;
  return (
    <>
      <Table
        rowKey="revision"
        size="small"
        loading={publications.isPending}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={publications.data ?? []}
        locale={{ emptyText: t('rules.noPublications') }}
        columns={[
          { title: t('rules.revisionTitle'), dataIndex: 'revision', key: 'revision', width: 80 },
          {
            title: t('rules.what'),
            key: 'what',
            render: (_, entry) =>
              entry.kind === 'holiday-schedule'
                ? t('rules.holidayOf', { year: entry.key })
                : t('rules.salaryFrom', { date: formatIsoDate(entry.key) }),
          },
          {
            title: t('rules.by'),
            key: 'by',
            responsive: ['md'],
            render: (_, entry) =>
              `${entry.publishedBy.name ?? '—'} · ${formatDateTime(entry.publishedAt)}`,
          },
          {
            title: t('rules.inEffectTitle'),
            key: 'inEffect',
            render: (_, entry) =>
              entry.inEffect ? (
                <Tag color="success">{t('rules.inEffect')}</Tag>
              ) : (
                <Tag>{t('rules.replaced')}</Tag>
              ),
          },
          {
            title: <span className="visually-hidden">{t('inbox.actions')}</span>,
            key: 'effects',
            render: (_, entry) =>
              entry.kind === 'holiday-schedule' ? (
                <Button
                  size="small"
                  onClick={() => setOpen(open === entry.revision ? null : entry.revision)}
                >
                  {t('rules.effects')}
                </Button>
              ) : null,
          },
        ]}
      />
      {open !== null && <Propagation revision={open} />}
    </>
  );
}
