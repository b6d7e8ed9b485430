import { PlusOutlined } from '../../components/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Skeleton,
  Switch,
  Tag,
  Timeline,
  Tree,
  Typography,
} from 'antd';
import type { DataNode } from 'antd/es/tree';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { showFieldErrors } from '../../components/form-errors';
import { codeLabel } from '../../components/labels';
import { PageHeader } from '../../components/PageHeader';
import { formatIsoDate } from '../../format/format';

type Unit = Schemas['UnitDto'];
type Change = 'create' | 'rename' | 'move' | 'merge' | 'retire' | 'remoteArea';

/** Units as a tree by their current parents; retired and merged ones stay under theirs, marked. */
export function unitTree(
  units: readonly Unit[],
  label: (unit: Unit) => React.ReactNode,
): DataNode[] {
  const children = new Map<string | null, Unit[]>();
  const ids = new Set(units.map((unit) => unit.id));
  for (const unit of units) {
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const build = (parent: string | null): DataNode[] =>
    (children.get(parent) ?? [])
      .sort((a, b) => Number(b.active) - Number(a.active) || a.code.localeCompare(b.code))
      .map((unit) => ({ key: unit.id, title: label(unit), children: build(unit.id) }));
  return build(null);
}

/**
 * The organisation tree with its dates: each unit's names and parents over time (the 2025 reform
 * abolished districts, the 2026 one renamed the province), and the changes an administrator makes
 * from a date: add, rename, move, merge, retire. Every change is dated and audited.
 */
export function UnitsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [inactive, setInactive] = useState(false);
  const [change, setChange] = useState<Change | null>(null);
  const units = useQuery({
    queryKey: ['units', 'all', inactive],
    queryFn: () =>
      call(api.GET('/api/v1/units', { params: { query: { includeInactive: inactive } } })),
  });
  const selected = params.get('unit');
  const unit = (units.data ?? []).find((candidate) => candidate.id === selected);
  const tree = useMemo(
    () =>
      unitTree(units.data ?? [], (node) => (
        <span className={node.active ? '' : 'unit-inactive'}>
          {node.name} <span className="task-subject">{node.code}</span>
          {!node.active && (
            <Tag className="unit-tag">
              {node.mergedIntoId ? t('units.merged') : t('units.retired')}
            </Tag>
          )}
        </span>
      )),
    [units.data, t],
  );

  return (
    <>
      <PageHeader
        title={t('units.title')}
        subtitle={t('units.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setChange('create')}>
            {t('units.create')}
          </Button>
        }
      />
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={12}>
          <Card
            title={t('units.tree')}
            extra={
              <label className="filter-switch">
                <Switch size="small" checked={inactive} onChange={setInactive} />
                {t('units.showInactive')}
              </label>
            }
          >
            {units.error ? (
              <ApiErrorAlert error={units.error} />
            ) : units.isPending ? (
              // The tree mounts once its units are in, so that it opens fully (defaultExpandAll).
              <Skeleton active />
            ) : (
              <Tree
                className="unit-tree"
                showLine
                defaultExpandAll
                selectedKeys={selected ? [selected] : []}
                onSelect={(keys) => setParams(keys[0] ? { unit: String(keys[0]) } : {})}
                treeData={tree}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          {unit ? (
            <UnitDetail unit={unit} onChange={setChange} />
          ) : (
            <Card>
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('units.choose')} />
            </Card>
          )}
        </Col>
      </Row>
      {change && (
        <UnitChangeModal
          change={change}
          unit={unit}
          units={units.data ?? []}
          onClose={() => setChange(null)}
        />
      )}
    </>
  );
}

function UnitDetail({ unit, onChange }: { unit: Unit; onChange: (change: Change) => void }) {
  const { t } = useTranslation();
  const detail = useQuery({
    queryKey: ['units', 'one', unit.id],
    queryFn: () => call(api.GET('/api/v1/units/{id}', { params: { path: { id: unit.id } } })),
  });
  const units = useQuery({
    queryKey: ['units', 'all', true],
    queryFn: () => call(api.GET('/api/v1/units', { params: { query: { includeInactive: true } } })),
  });
  const name = (id: string | null | undefined) =>
    (units.data ?? []).find((candidate) => candidate.id === id)?.name ?? '—';
  return (
    <Card
      title={unit.name}
      extra={
        <Tag color={unit.active ? 'success' : 'default'}>
          {unit.active ? t('units.active') : t('units.inactive')}
        </Tag>
      }
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'code', label: t('units.code'), children: unit.code },
          {
            key: 'level',
            label: t('units.level'),
            children: codeLabel(t, 'unitLevels', unit.level, unit.level),
          },
          { key: 'parent', label: t('units.parent'), children: name(unit.parentId) },
          {
            key: 'valid',
            label: t('units.valid'),
            children: t('units.validRange', {
              from: formatIsoDate(unit.validFrom),
              to: unit.validTo ? formatIsoDate(unit.validTo) : t('units.now'),
            }),
          },
          ...(unit.mergedIntoId
            ? [{ key: 'merged', label: t('units.mergedInto'), children: name(unit.mergedIntoId) }]
            : []),
          {
            key: 'remote',
            label: t('units.remoteArea'),
            children: unit.remoteArea
              ? t('units.remoteAreaYes', { basis: unit.remoteAreaBasis ?? '' })
              : t('units.remoteAreaNo'),
          },
        ]}
      />
      {detail.data && (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Typography.Title level={2} className="section-title">
              {t('units.names')}
            </Typography.Title>
            <Timeline
              items={detail.data.nameHistory.map((period) => ({
                key: period.validFrom,
                children: (
                  <>
                    <div>{period.name}</div>
                    <div className="timeline-meta">
                      {t('units.since', { date: formatIsoDate(period.validFrom) })}
                      {period.legalBasis ? ` · ${period.legalBasis}` : ''}
                    </div>
                  </>
                ),
              }))}
            />
          </Col>
          <Col xs={24} md={12}>
            <Typography.Title level={2} className="section-title">
              {t('units.parents')}
            </Typography.Title>
            <Timeline
              items={detail.data.parentHistory.map((period) => ({
                key: period.validFrom,
                children: (
                  <>
                    <div>{name(period.parentId)}</div>
                    <div className="timeline-meta">
                      {t('units.validRange', {
                        from: formatIsoDate(period.validFrom),
                        to: period.validTo ? formatIsoDate(period.validTo) : t('units.now'),
                      })}
                    </div>
                  </>
                ),
              }))}
            />
          </Col>
        </Row>
      )}
      {unit.active && (
        <Space wrap>
          <Button onClick={() => onChange('rename')}>{t('units.rename')}</Button>
          <Button onClick={() => onChange('move')}>{t('units.move')}</Button>
          <Button onClick={() => onChange('merge')}>{t('units.merge')}</Button>
          <Button onClick={() => onChange('remoteArea')}>{t('units.remoteArea')}</Button>
          <Button danger onClick={() => onChange('retire')}>
            {t('units.retire')}
          </Button>
        </Space>
      )}
    </Card>
  );
}

interface ChangeValues {
  date: Dayjs;
  name: string;
  code: string;
  level: string;
  legalBasis: string;
  target: string;
  remoteArea: boolean;
}

/** A dated change to the tree, with the API's refusals beside the fields. */
function UnitChangeModal({
  change,
  unit,
  units,
  onClose,
}: {
  change: Change;
  unit: Unit | undefined;
  units: readonly Unit[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ChangeValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const others = units.filter((candidate) => candidate.active && candidate.id !== unit?.id);

  const submit = async (values: ChangeValues) => {
    setBusy(true);
    setError(null);
    const date = values.date.format('YYYY-MM-DD');
    const id = unit?.id ?? '';
    try {
      if (change === 'create')
        await call(
          api.POST('/api/v1/units', {
            body: {
              code: values.code.trim(),
              name: values.name.trim(),
              level: values.level.trim(),
              parentId: values.target,
              validFrom: date,
            },
          }),
        );
      if (change === 'rename')
        await call(
          api.POST('/api/v1/units/{id}/rename', {
            params: { path: { id } },
            body: {
              name: values.name.trim(),
              effectiveFrom: date,
              ...(values.legalBasis?.trim() ? { legalBasis: values.legalBasis.trim() } : {}),
            },
          }),
        );
      if (change === 'move')
        await call(
          api.POST('/api/v1/units/{id}/move', {
            params: { path: { id } },
            body: { parentId: values.target, effectiveFrom: date },
          }),
        );
      if (change === 'merge')
        await call(
          api.POST('/api/v1/units/{id}/merge', {
            params: { path: { id } },
            body: { intoUnitId: values.target, effectiveFrom: date },
          }),
        );
      if (change === 'retire')
        await call(
          api.POST('/api/v1/units/{id}/retire', {
            params: { path: { id } },
            body: { validTo: date },
          }),
        );
      if (change === 'remoteArea') {
        const answer = await call(
          api.POST('/api/v1/units/{id}/remote-area', {
            params: { path: { id } },
            body: {
              remoteArea: values.remoteArea,
              effectiveFrom: date,
              ...(values.legalBasis?.trim() ? { legalBasis: values.legalBasis.trim() } : {}),
            },
          }),
        );
        void message.success(t('units.done.remoteArea', { count: answer.dossiersReclassified }));
      } else void message.success(t(`units.done.${change}`));
      await queryClient.invalidateQueries({ queryKey: ['units'] });
      onClose();
    } catch (failure) {
      setError(failure);
      showFieldErrors(form, failure, lang, {
        validFrom: 'date',
        effectiveFrom: 'date',
        validTo: 'date',
        parentId: 'target',
        intoUnitId: 'target',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={
        change === 'create' ? t('units.create') : `${t(`units.${change}`)}: ${unit?.name ?? ''}`
      }
      okText={t(`units.${change}`)}
      okButtonProps={{ loading: busy, danger: change === 'retire' || change === 'merge' }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t(`units.explain.${change}`)}</Typography.Paragraph>
      <Form<ChangeValues>
        form={form}
        layout="vertical"
        initialValues={{
          date: dayjs(),
          name: change === 'rename' ? unit?.name : '',
          target: change === 'create' ? unit?.id : undefined,
          remoteArea: unit?.remoteArea ?? false,
          legalBasis: change === 'remoteArea' ? (unit?.remoteAreaBasis ?? '') : '',
        }}
        onFinish={(values) => void submit(values)}
      >
        {change === 'create' && (
          <>
            <Form.Item
              name="code"
              label={t('units.code')}
              extra={t('units.codeHint')}
              rules={[{ required: true, message: t('units.required') }]}
            >
              <Input maxLength={64} />
            </Form.Item>
            <Form.Item
              name="level"
              label={t('units.level')}
              rules={[{ required: true, message: t('units.required') }]}
            >
              <Select
                options={['province', 'commune', 'agency', 'school', 'enterprise'].map((level) => ({
                  value: level,
                  label: codeLabel(t, 'unitLevels', level, level),
                }))}
              />
            </Form.Item>
          </>
        )}
        {(change === 'create' || change === 'rename') && (
          <Form.Item
            name="name"
            label={t('units.name')}
            rules={[{ required: true, whitespace: true, message: t('units.required') }]}
          >
            <Input maxLength={300} />
          </Form.Item>
        )}
        {change === 'rename' && (
          <Form.Item name="legalBasis" label={t('units.legalBasis')}>
            <Input maxLength={300} placeholder={t('units.legalBasisPlaceholder')} />
          </Form.Item>
        )}
        {change === 'remoteArea' && (
          <>
            <Form.Item
              name="remoteArea"
              label={t('units.remoteAreaSwitch')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
            <Form.Item noStyle dependencies={['remoteArea']}>
              {({ getFieldValue }) => (
                <Form.Item
                  name="legalBasis"
                  label={t('units.legalBasis')}
                  rules={[
                    {
                      required: getFieldValue('remoteArea') === true,
                      whitespace: true,
                      message: t('units.remoteAreaBasisRequired'),
                    },
                  ]}
                >
                  <Input maxLength={300} placeholder={t('units.remoteAreaBasisPlaceholder')} />
                </Form.Item>
              )}
            </Form.Item>
          </>
        )}
        {(change === 'create' || change === 'move' || change === 'merge') && (
          <Form.Item
            name="target"
            label={change === 'merge' ? t('units.mergeInto') : t('units.parent')}
            rules={[{ required: true, message: t('units.required') }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              options={others.map((candidate) => ({
                value: candidate.id,
                label: `${candidate.name} (${candidate.code})`,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="date"
          label={change === 'retire' ? t('units.lastDay') : t('units.effectiveFrom')}
          rules={[{ required: true, message: t('units.required') }]}
        >
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
      {error !== null && <ApiErrorAlert error={error} />}
    </Modal>
  );
}
