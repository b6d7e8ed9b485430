import { DownloadOutlined, SendOutlined } from '../../components/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Form,
  Progress,
  Result,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { queryKeys, useAwards } from '../../api/queries';
import { can } from '../../auth/session';
import { useMe } from '../../auth/useSession';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { localized } from '../../format/format';
import { downloadFile } from '../dossiers/files/upload';
import { type DossierImport, importRunning, uploadList } from './import-api';

// The presets the app's stylesheet darkens to a readable contrast (plain 'green' and 'red' are not).
const STATUS_COLORS: Record<DossierImport['status'], string> = {
  INVALID: 'error',
  VALIDATED: 'blue',
  IMPORTING: 'gold',
  DONE: 'success',
  FAILED: 'error',
};

/**
 * A unit's nomination list from Excel: the award's template to download, the filled list uploaded
 * and checked row by row (each error with its row, column and reason), then imported in full — every
 * row a dossier, submitted — with its progress; nothing is imported while a row is wrong.
 */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const me = useMe();
  const queryClient = useQueryClient();
  const awards = useAwards();
  const units = me.grants.filter((grant) => grant.permissions.includes('dossier:create'));
  const [unitId, setUnitId] = useState(units[0]?.unitId);
  const rulesYear = Number((awards.data?.asOf ?? '').slice(0, 4)) || new Date().getFullYear();
  const [year, setYear] = useState<number>();
  const [awardCode, setAwardCode] = useState<string>();
  const [importId, setImportId] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const current = useQuery({
    queryKey: ['dossier-imports', importId],
    enabled: importId !== undefined,
    queryFn: () =>
      call(api.GET('/api/v1/dossier-imports/{id}', { params: { path: { id: importId ?? '' } } })),
    refetchInterval: (query) => (importRunning(query.state.data?.status) ? 1000 : false),
  });
  const list = current.data;

  if (!can(me, 'dossier:create'))
    return (
      <Result status="403" title={t('errors.forbidden')} subTitle={t('dossierForm.notAllowed')} />
    );

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const upload = (file: File) =>
    run(async () => {
      if (!unitId) return;
      const answer = await uploadList(unitId, file);
      queryClient.setQueryData(['dossier-imports', answer.id], answer);
      setImportId(answer.id);
    });

  const start = () =>
    run(async () => {
      if (!importId) return;
      const answer = await call(
        api.POST('/api/v1/dossier-imports/{id}/start', { params: { path: { id: importId } } }),
      );
      queryClient.setQueryData(['dossier-imports', importId], answer);
      void queryClient.invalidateQueries({ queryKey: queryKeys.dossiers });
    });

  const template = () =>
    run(() =>
      downloadFile(
        `/api/v1/dossier-imports/template.xlsx?${new URLSearchParams({
          awardCode: awardCode ?? '',
          year: String(year ?? rulesYear),
          unitId: unitId ?? '',
        }).toString()}`,
        `mau-danh-sach-${(awardCode ?? '').toLowerCase()}-${year ?? rulesYear}.xlsx`,
      ),
    );

  const progress = list?.progress;
  const donePercent =
    progress && progress.total > 0
      ? Math.round(((progress.submitted + progress.failed) / progress.total) * 100)
      : 0;

  return (
    <>
      <PageHeader
        title={t('imports.title')}
        subtitle={t('imports.subtitle')}
        trail={[{ label: t('nav.dossiers'), to: '/dossiers' }]}
      />
      <Card title={t('imports.templateStep')} className="form-section">
        <Form layout="vertical">
          <Row gutter={16}>
            {units.length > 1 && (
              <Col xs={24} md={8}>
                <Form.Item label={t('dossierForm.unit')} htmlFor="import-unit">
                  <Select
                    id="import-unit"
                    value={unitId}
                    onChange={setUnitId}
                    options={units.map((grant) => ({
                      value: grant.unitId,
                      label: grant.unitName ?? '',
                    }))}
                  />
                </Form.Item>
              </Col>
            )}
            <Col xs={24} md={10}>
              <Form.Item label={t('dossierForm.award')} htmlFor="import-award">
                <Select
                  id="import-award"
                  showSearch
                  optionFilterProp="label"
                  value={awardCode}
                  onChange={setAwardCode}
                  placeholder={t('dossierForm.awardPlaceholder')}
                  options={(awards.data?.awards ?? []).map((award) => ({
                    value: award.code,
                    label: localized(award.name, lang),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label={t('dossierForm.year')} htmlFor="import-year">
                <Select
                  id="import-year"
                  value={year ?? rulesYear}
                  onChange={setYear}
                  options={[rulesYear, rulesYear - 1].map((value) => ({
                    value,
                    label: String(value),
                  }))}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
        <Button icon={<DownloadOutlined />} disabled={!awardCode} onClick={() => void template()}>
          {t('imports.downloadTemplate')}
        </Button>
      </Card>
      <Card title={t('imports.uploadStep')} className="form-section">
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          showUploadList={false}
          disabled={busy || !unitId}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <p>{t('imports.drop')}</p>
          <Typography.Text type="secondary">{t('imports.limits')}</Typography.Text>
        </Upload.Dragger>
      </Card>
      {error !== null && <ApiErrorAlert error={error} />}
      {list && (
        <Card
          className="form-section"
          title={
            <Space>
              {list.fileName}
              <Tag color={STATUS_COLORS[list.status]}>{t(`imports.status.${list.status}`)}</Tag>
            </Space>
          }
        >
          {list.replayed && (
            <Alert type="info" showIcon message={t('imports.replayed')} className="form-section" />
          )}
          {list.status === 'INVALID' && (
            <>
              <Alert
                type="error"
                showIcon
                message={t('imports.invalid', { count: list.errors.length })}
                description={t('imports.invalidHint')}
                className="form-section"
              />
              <Table
                size="small"
                rowKey={(_, index) => String(index)}
                pagination={false}
                dataSource={list.errors}
                columns={[
                  {
                    title: t('imports.row'),
                    dataIndex: 'row',
                    width: 80,
                    render: (row: number | null) => row ?? '—',
                  },
                  {
                    title: t('imports.column'),
                    key: 'column',
                    width: 220,
                    render: (_, error) =>
                      error.column === null
                        ? '—'
                        : `${error.column} · ${localized(error.columnName, lang)}`,
                  },
                  {
                    title: t('imports.reason'),
                    key: 'reason',
                    render: (_, error) => localized(error.message, lang),
                  },
                ]}
              />
            </>
          )}
          {list.status === 'VALIDATED' && (
            <Alert
              type="success"
              showIcon
              message={t('imports.valid', { count: list.totalRows })}
              action={
                <Button
                  type="primary"
                  icon={<SendOutlined />}
                  loading={busy}
                  onClick={() => void start()}
                >
                  {t('imports.start', { count: list.totalRows })}
                </Button>
              }
              className="form-section"
            />
          )}
          {list.status === 'FAILED' && (
            <Alert
              type="error"
              showIcon
              message={t('imports.failed')}
              description={list.errors.map((error) => localized(error.message, lang)).join(' ')}
              className="form-section"
            />
          )}
          {(list.status === 'IMPORTING' || list.status === 'DONE') && progress && (
            <div className="form-section">
              <Progress
                percent={donePercent}
                status={list.status === 'DONE' ? 'success' : 'active'}
                aria-label={t('imports.progress')}
              />
              <Typography.Text>
                {t('imports.progressText', {
                  submitted: progress.submitted,
                  failed: progress.failed,
                  total: progress.total,
                })}
              </Typography.Text>
            </div>
          )}
          {list.rows.length > 0 && (
            <Table
              size="small"
              rowKey="rowNumber"
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              dataSource={list.rows}
              columns={[
                { title: t('imports.row'), dataIndex: 'rowNumber', width: 80 },
                { title: t('dossierForm.personName'), dataIndex: 'nomineeName' },
                { title: t('dossierForm.award'), dataIndex: 'awardCode', width: 120 },
                {
                  title: t('imports.dossier'),
                  key: 'dossier',
                  width: 200,
                  render: (_, row) =>
                    row.dossierCode ? (
                      <Link to={`/dossiers/${row.dossierCode}`}>{row.dossierCode}</Link>
                    ) : row.error ? (
                      <Typography.Text type="danger">{localized(row.error, lang)}</Typography.Text>
                    ) : (
                      t(`imports.rowStatus.${row.status}`)
                    ),
                },
              ]}
            />
          )}
        </Card>
      )}
    </>
  );
}
