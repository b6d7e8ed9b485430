import {
  DeleteOutlined,
  PlusOutlined,
  SendOutlined,
  SnippetsOutlined,
} from '../../../components/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Form,
  Input,
  Modal,
  Result,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../../api/client';
import { queryKeys, useAwards } from '../../../api/queries';
import { can } from '../../../auth/session';
import { useMe } from '../../../auth/useSession';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { localized } from '../../../format/format';
import { parsePastedRows } from './batch-rows';

interface Row {
  key: number;
  name: string;
  position: string;
  achievementsSummary: string;
}

type Results = Schemas['BatchResultDto'];

/**
 * A unit's whole list at once (e.g. a school's teachers for the year-end titles): one award and year,
 * a row per person typed or pasted from a spreadsheet, submitted together; each row answers on its
 * own, so one bad line does not hold up the rest.
 */
export function BatchPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const me = useMe();
  const queryClient = useQueryClient();
  const awards = useAwards();
  const units = me.grants.filter((grant) => grant.permissions.includes('dossier:create'));
  const [unitId, setUnitId] = useState(units[0]?.unitId);
  const [awardCode, setAwardCode] = useState<string>();
  const rulesYear = Number((awards.data?.asOf ?? '').slice(0, 4)) || new Date().getFullYear();
  const [year, setYear] = useState<number>();
  const nextKey = useRef(2);
  const [rows, setRows] = useState<Row[]>([
    { key: 1, name: '', position: '', achievementsSummary: '' },
  ]);
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [results, setResults] = useState<Results | null>(null);
  const batchKey = useRef(`web-batch-${crypto.randomUUID()}`);

  if (!can(me, 'dossier:create'))
    return (
      <Result status="403" title={t('errors.forbidden')} subTitle={t('dossierForm.notAllowed')} />
    );

  const individualAwards = (awards.data?.awards ?? []).filter((award) =>
    award.nomineeKinds.includes('individual'),
  );
  const edit = (key: number, change: Partial<Row>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const filled = rows.filter((row) => row.name.trim() !== '');

  const submit = async () => {
    if (!unitId || !awardCode) return;
    setBusy(true);
    setError(null);
    try {
      const answer = await call(
        api.POST('/api/v1/dossiers/batch', {
          params: { header: { 'Idempotency-Key': batchKey.current } },
          body: {
            proposingUnitId: unitId,
            items: filled.map((row) => ({
              year: year ?? rulesYear,
              awardCode,
              nominee: {
                kind: 'individual' as const,
                name: row.name.trim(),
                ...(row.position.trim() ? { position: row.position.trim() } : {}),
              },
              achievementsSummary: row.achievementsSummary.trim(),
            })),
          },
        }),
      );
      setResults(answer);
      batchKey.current = `web-batch-${crypto.randomUUID()}`;
      void queryClient.invalidateQueries({ queryKey: queryKeys.dossiers });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader
        title={t('batch.title')}
        subtitle={t('batch.subtitle')}
        trail={[{ label: t('nav.dossiers'), to: '/dossiers' }]}
      />
      <Card className="form-section">
        <Form layout="vertical">
          <Row gutter={16}>
            {units.length > 1 && (
              <Col xs={24} md={8}>
                <Form.Item label={t('dossierForm.unit')} htmlFor="batch-unit">
                  <Select
                    id="batch-unit"
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
            <Col xs={24} md={14}>
              <Form.Item label={t('dossierForm.award')} htmlFor="batch-award" required>
                <Select
                  id="batch-award"
                  showSearch
                  optionFilterProp="label"
                  value={awardCode}
                  onChange={setAwardCode}
                  placeholder={t('dossierForm.awardPlaceholder')}
                  options={individualAwards.map((award) => ({
                    value: award.code,
                    label: localized(award.name, lang),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label={t('dossierForm.year')} htmlFor="batch-year">
                <Select
                  id="batch-year"
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
        <Typography.Paragraph type="secondary">{t('batch.filesLater')}</Typography.Paragraph>
      </Card>
      <Card
        title={t('batch.people', { count: filled.length })}
        className="form-section"
        extra={
          <Button icon={<SnippetsOutlined />} onClick={() => setPasting(true)}>
            {t('batch.paste')}
          </Button>
        }
      >
        <div className="batch-rows">
          {rows.map((row, index) => (
            <div key={row.key} className="batch-row">
              <span className="batch-index">{index + 1}</span>
              <Input
                aria-label={t('batch.name', { index: index + 1 })}
                placeholder={t('dossierForm.personName')}
                value={row.name}
                onChange={(event) => edit(row.key, { name: event.target.value })}
              />
              <Input
                aria-label={t('batch.position', { index: index + 1 })}
                placeholder={t('dossierForm.position')}
                value={row.position}
                onChange={(event) => edit(row.key, { position: event.target.value })}
              />
              <Input
                aria-label={t('batch.achievements', { index: index + 1 })}
                placeholder={t('dossierForm.achievements')}
                value={row.achievementsSummary}
                onChange={(event) => edit(row.key, { achievementsSummary: event.target.value })}
              />
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('batch.removeRow', { index: index + 1 })}
                onClick={() =>
                  setRows((current) => current.filter((other) => other.key !== row.key))
                }
              />
            </div>
          ))}
        </div>
        <Button
          icon={<PlusOutlined />}
          onClick={() => {
            const key = nextKey.current++;
            setRows((current) => [
              ...current,
              { key, name: '', position: '', achievementsSummary: '' },
            ]);
          }}
        >
          {t('batch.addRow')}
        </Button>
      </Card>
      {error !== null && <ApiErrorAlert error={error} />}
      <div className="form-actions">
        <Button
          type="primary"
          size="large"
          icon={<SendOutlined />}
          loading={busy}
          disabled={!awardCode || filled.length === 0}
          onClick={() => void submit()}
        >
          {filled.length > 0
            ? t('batch.submit', { count: filled.length })
            : t('dossierForm.submit')}
        </Button>
      </div>
      {results && (
        <Card title={t('batch.results')} className="form-section">
          <Alert
            type={results.failed === 0 ? 'success' : 'warning'}
            showIcon
            message={t('batch.summary', { submitted: results.submitted, failed: results.failed })}
          />
          <Table
            rowKey="index"
            pagination={false}
            dataSource={results.results}
            columns={[
              { title: '#', key: 'index', render: (_, result) => result.index + 1 },
              {
                title: t('dossiers.nominee'),
                key: 'name',
                render: (_, result) => filled[result.index]?.name,
              },
              {
                title: t('batch.outcome'),
                key: 'outcome',
                render: (_, result) =>
                  result.status === 'failed' ? (
                    <Space direction="vertical" size={0}>
                      <Tag color="error">{t('batch.failed')}</Tag>
                      <span>{result.error ? localized(result.error.message, lang) : ''}</span>
                    </Space>
                  ) : (
                    <Link to={`/dossiers/${result.code}`}>
                      <Tag color="success">{result.code}</Tag>
                    </Link>
                  ),
              },
            ]}
          />
        </Card>
      )}
      <Modal
        open={pasting}
        title={t('batch.paste')}
        okText={t('batch.usePasted')}
        cancelText={t('common.cancel')}
        onCancel={() => setPasting(false)}
        onOk={() => {
          const parsed = parsePastedRows(pasted);
          setRows(parsed.map((row) => ({ ...row, key: nextKey.current++ })));
          setPasted('');
          setPasting(false);
        }}
      >
        <Typography.Paragraph>{t('batch.pasteHint')}</Typography.Paragraph>
        <Input.TextArea
          aria-label={t('batch.paste')}
          rows={8}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
        />
      </Modal>
    </>
  );
}
