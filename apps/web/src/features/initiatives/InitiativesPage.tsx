import { PlusOutlined, UploadOutlined } from '../../components/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Form,
  Grid,
  Input,
  InputNumber,
  Modal,
  Select,
  Table,
  Tag,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { can } from '../../auth/session';
import { useMe } from '../../auth/useSession';
import { ApiErrorAlert, errorMessage } from '../../components/ApiErrorAlert';
import { DocumentDownloads } from '../../components/DocumentDownloads';
import { codeLabel } from '../../components/labels';
import { PageHeader } from '../../components/PageHeader';
import { formatIsoDate } from '../../format/format';
import { INITIATIVE_FILE_TYPES, InitiativeFiles, uploadInitiativeFile } from './InitiativeFiles';
import { initiativeOutcome, votesToRecognise } from './initiative-vote';

type Initiative = Schemas['InitiativeSummaryDto'];

const STATUS_COLORS: Record<Initiative['status'], string> = {
  RECEIVED: 'processing',
  RECOGNIZED: 'success',
  REFUSED: 'error',
};

const initiativeKeys = {
  all: ['initiatives'] as const,
  one: (id: string) => ['initiatives', id] as const,
};

/**
 * Initiatives (sáng kiến) of the units in one's scope: an author's unit applies, the initiative
 * council's vote is recorded (recognised at two thirds of all members), the certificate downloads,
 * and each recognised initiative shows the one award dossier that uses it.
 */
export function InitiativesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const screens = Grid.useBreakpoint();
  const [applying, setApplying] = useState(false);
  const open = params.get('id');
  const initiatives = useQuery({
    queryKey: initiativeKeys.all,
    queryFn: () => call(api.GET('/api/v1/initiatives')),
  });
  const columns: ColumnsType<Initiative> = [
    {
      title: t('initiatives.initiative'),
      key: 'title',
      render: (_, initiative) => (
        <div>
          <Button
            type="link"
            className="link-button"
            onClick={() => setParams({ id: initiative.id })}
          >
            {initiative.title}
          </Button>
          <div className="task-subject">
            {initiative.authorNames.join(', ')} · {initiative.unitName}
          </div>
        </div>
      ),
    },
    {
      title: t('initiatives.received'),
      key: 'received',
      responsive: ['md'],
      render: (_, initiative) => (
        <div>
          <div>{formatIsoDate(initiative.receivedOn)}</div>
          {initiative.status === 'RECEIVED' && (
            <div className="task-subject">
              {t('initiatives.dueDate', { date: formatIsoDate(initiative.dueDate) })}
            </div>
          )}
        </div>
      ),
    },
    {
      title: t('initiatives.status'),
      key: 'status',
      render: (_, initiative) => (
        <div>
          <Tag color={STATUS_COLORS[initiative.status]}>
            {codeLabel(t, 'initiativeStatuses', initiative.status, initiative.status)}
          </Tag>
          {initiative.scope && (
            <div className="task-subject">
              {codeLabel(t, 'initiativeScopes', initiative.scope, initiative.scope)}
            </div>
          )}
        </div>
      ),
    },
    {
      title: t('initiatives.usedBy'),
      key: 'usedBy',
      responsive: ['lg'],
      render: (_, initiative) =>
        initiative.usedBy ? (
          <Link to={`/dossiers/${initiative.usedBy.code}`}>{initiative.usedBy.code}</Link>
        ) : initiative.status === 'RECOGNIZED' ? (
          t('initiatives.unused')
        ) : (
          '—'
        ),
    },
  ];
  return (
    <>
      <PageHeader
        title={t('initiatives.title')}
        subtitle={t('initiatives.subtitle')}
        extra={
          can(me, 'dossier:create') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setApplying(true)}>
              {t('initiatives.apply')}
            </Button>
          )
        }
      />
      {initiatives.error ? (
        <ApiErrorAlert error={initiatives.error} />
      ) : (
        <Card>
          <Table<Initiative>
            rowKey="id"
            size="small"
            loading={initiatives.isPending}
            columns={columns}
            dataSource={initiatives.data?.items ?? []}
            locale={{ emptyText: t('initiatives.empty') }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
          />
        </Card>
      )}
      {applying && <ApplyModal onClose={() => setApplying(false)} />}
      <Drawer
        open={open !== null}
        onClose={() => setParams({})}
        title={t('initiatives.detail')}
        size={screens.md ? 640 : '100%'}
        destroyOnHidden
      >
        {open && <InitiativeDetail id={open} />}
      </Drawer>
    </>
  );
}

function InitiativeDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const initiative = useQuery({
    queryKey: initiativeKeys.one(id),
    queryFn: () => call(api.GET('/api/v1/initiatives/{id}', { params: { path: { id } } })),
  });
  if (initiative.error) return <ApiErrorAlert error={initiative.error} />;
  const data = initiative.data;
  if (!data) return <Card loading />;
  return (
    <>
      <Typography.Title level={2} className="section-title">
        {data.title}
      </Typography.Title>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'authors',
            label: t('initiatives.authors'),
            children: data.authorNames.join(', '),
          },
          { key: 'unit', label: t('initiatives.unit'), children: data.unitName },
          {
            key: 'received',
            label: t('initiatives.received'),
            children: formatIsoDate(data.receivedOn),
          },
          {
            key: 'due',
            label: t('initiatives.legalDue'),
            children: formatIsoDate(data.dueDate),
          },
          {
            key: 'status',
            label: t('initiatives.status'),
            children: (
              <Tag color={STATUS_COLORS[data.status]}>
                {codeLabel(t, 'initiativeStatuses', data.status, data.status)}
              </Tag>
            ),
          },
          ...(data.votesFor !== null && data.membersTotal !== null
            ? [
                {
                  key: 'votes',
                  label: t('initiatives.votes'),
                  children: t('initiatives.votesOf', {
                    votesFor: data.votesFor,
                    members: data.membersTotal,
                  }),
                },
              ]
            : []),
          ...(data.scope
            ? [
                {
                  key: 'scope',
                  label: t('initiatives.scope'),
                  children: codeLabel(t, 'initiativeScopes', data.scope, data.scope),
                },
              ]
            : []),
          ...(data.reasons
            ? [{ key: 'reasons', label: t('initiatives.reasons'), children: data.reasons }]
            : []),
          ...(data.decidedOn
            ? [
                {
                  key: 'decided',
                  label: t('initiatives.decidedOn'),
                  children: formatIsoDate(data.decidedOn),
                },
              ]
            : []),
          {
            key: 'usedBy',
            label: t('initiatives.usedBy'),
            children: data.usedBy ? (
              <Link to={`/dossiers/${data.usedBy.code}`}>{data.usedBy.code}</Link>
            ) : (
              t('initiatives.unused')
            ),
          },
        ]}
      />
      <Typography.Title level={3} className="section-title">
        {t('initiatives.description')}
      </Typography.Title>
      <Typography.Paragraph className="initiative-description">
        {data.description}
      </Typography.Paragraph>
      <InitiativeFiles
        initiativeId={data.id}
        files={data.attachments}
        editable={data.status === 'RECEIVED' && can(me, 'dossier:create')}
        queryKey={initiativeKeys.one(id)}
      />
      {data.documents.length > 0 && <DocumentDownloads documents={data.documents} />}
      {data.status === 'RECEIVED' && can(me, 'dossier:endorse') && <ReviewForm id={data.id} />}
    </>
  );
}

interface ReviewValues {
  membersTotal?: number;
  votesFor?: number;
  scope?: 'unit' | 'province' | 'national';
  reasons?: string;
}

function ReviewForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ReviewValues>();
  const membersTotal = Form.useWatch('membersTotal', form);
  const votesFor = Form.useWatch('votesFor', form);
  const outcome = initiativeOutcome(membersTotal, votesFor);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (values: ReviewValues) => {
    setBusy(true);
    setError(null);
    try {
      await call(
        api.POST('/api/v1/initiatives/{id}/review', {
          params: { path: { id } },
          body: {
            membersTotal: values.membersTotal ?? 0,
            votesFor: values.votesFor ?? 0,
            ...(outcome === 'recognised' && values.scope ? { scope: values.scope } : {}),
            ...(outcome === 'refused' && values.reasons?.trim()
              ? { reasons: values.reasons.trim() }
              : {}),
          },
        }),
      );
      void message.success(t('initiatives.reviewed'));
      await queryClient.invalidateQueries({ queryKey: initiativeKeys.all });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('initiatives.reviewTitle')} className="detail-section">
      <Typography.Paragraph type="secondary">{t('initiatives.reviewHint')}</Typography.Paragraph>
      <Form<ReviewValues>
        form={form}
        layout="vertical"
        disabled={busy}
        initialValues={{ scope: 'unit' }}
        onFinish={(values) => void submit(values)}
      >
        <div className="form-grid">
          <Form.Item
            name="membersTotal"
            label={t('initiatives.membersTotal')}
            rules={[{ required: true, message: t('units.required') }]}
          >
            <InputNumber min={1} max={100} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="votesFor"
            label={t('initiatives.votesFor')}
            rules={[{ required: true, message: t('units.required') }]}
          >
            <InputNumber min={0} max={100} style={{ width: '100%' }} />
          </Form.Item>
        </div>
        {membersTotal ? (
          <Alert
            className="form-notice"
            showIcon
            type={
              outcome === 'recognised' ? 'success' : outcome === 'incomplete' ? 'info' : 'warning'
            }
            title={`${t('initiatives.needs', {
              count: votesToRecognise(membersTotal),
              members: membersTotal,
            })}${outcome === 'incomplete' ? '' : ` · ${t(`initiatives.forecast.${outcome}`)}`}`}
          />
        ) : null}
        {outcome === 'recognised' && (
          <Form.Item name="scope" label={t('initiatives.scope')}>
            <Select
              options={(['unit', 'province', 'national'] as const).map((scope) => ({
                value: scope,
                label: codeLabel(t, 'initiativeScopes', scope, scope),
              }))}
            />
          </Form.Item>
        )}
        {outcome === 'refused' && (
          <Form.Item
            name="reasons"
            label={t('initiatives.reasons')}
            rules={[{ required: true, whitespace: true, message: t('units.required') }]}
          >
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        )}
        {error !== null && <ApiErrorAlert error={error} />}
        <Button type="primary" htmlType="submit" loading={busy} disabled={outcome === 'invalid'}>
          {t('initiatives.recordVote')}
        </Button>
      </Form>
    </Card>
  );
}

interface ApplyValues {
  unitId: string;
  title: string;
  description: string;
  files?: UploadFile[];
}

function ApplyModal({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const me = useMe();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [, setParams] = useSearchParams();
  const [form] = Form.useForm<ApplyValues>();
  const units = me.grants.filter((grant) => grant.permissions.includes('dossier:create'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (values: ApplyValues) => {
    setBusy(true);
    setError(null);
    try {
      const created = await call(
        api.POST('/api/v1/initiatives', {
          body: {
            unitId: values.unitId,
            title: values.title.trim(),
            description: values.description.trim(),
          },
        }),
      );
      // The application stands once received; a file refused after it is named, and can be sent again
      // from the application's page.
      const refused: string[] = [];
      for (const file of values.files ?? []) {
        if (!file.originFileObj) continue;
        try {
          await uploadInitiativeFile(created.id, file.originFileObj);
        } catch (failure) {
          refused.push(
            t('initiatives.fileFailed', {
              name: file.name,
              reason: errorMessage(failure, lang, t('files.uploadFailed')),
            }),
          );
        }
      }
      void message.success(t('initiatives.applied', { date: formatIsoDate(created.dueDate) }));
      for (const problem of refused) void message.error(problem, 10);
      await queryClient.invalidateQueries({ queryKey: initiativeKeys.all });
      onClose();
      setParams({ id: created.id });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('initiatives.applyTitle')}
      onCancel={onClose}
      okText={t('initiatives.send')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('initiatives.applyHint')}</Typography.Paragraph>
      <Form<ApplyValues>
        form={form}
        layout="vertical"
        initialValues={{ unitId: units[0]?.unitId }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="unitId"
          label={t('initiatives.unit')}
          rules={[{ required: true, message: t('units.required') }]}
        >
          <Select
            options={units.map((grant) => ({
              value: grant.unitId,
              label: grant.unitName ?? t('initiatives.unit'),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('initiatives.titleField')}
          rules={[{ required: true, whitespace: true, message: t('units.required') }]}
        >
          <Input maxLength={500} placeholder={t('initiatives.titlePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('initiatives.description')}
          rules={[{ required: true, whitespace: true, message: t('units.required') }]}
        >
          <Input.TextArea rows={6} maxLength={10000} />
        </Form.Item>
        <Form.Item
          name="files"
          label={t('initiatives.files')}
          extra={t('initiatives.filesHint')}
          valuePropName="fileList"
          getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList}
        >
          <Upload multiple accept={INITIATIVE_FILE_TYPES} beforeUpload={() => false} maxCount={10}>
            <Button icon={<UploadOutlined />}>{t('initiatives.chooseFiles')}</Button>
          </Upload>
        </Form.Item>
      </Form>
      {error !== null && <ApiErrorAlert error={error} />}
    </Modal>
  );
}
