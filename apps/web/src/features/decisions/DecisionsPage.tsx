import { EyeOutlined, ReloadOutlined, SafetyCertificateOutlined } from '../../components/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Drawer,
  Grid,
  Result,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { queryKeys, type Task, useAwardNames, useTasks } from '../../api/queries';
import { can } from '../../auth/session';
import { useMe } from '../../auth/useSession';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DeadlineTag } from '../../components/DeadlineTag';
import { DocumentDownloads } from '../../components/DocumentDownloads';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { PageSkeleton } from '../../components/PageSkeleton';
import { formatIsoDate, formatMoney } from '../../format/format';
import {
  type Decision,
  type DecisionPreview,
  DECISIONS_PAGE,
  type DecisionSummary,
  decisionKeys,
  useDecision,
  useDecisions,
} from './decision-queries';
import { RevokeAwardModal } from '../complaints/RevokeAwardModal';
import { AnnexTable, DecisionSheet } from './DecisionSheet';

/**
 * The leader's desk: the dossiers waiting for their signature (one or several in one decision),
 * each decision previewed with its annex and bonuses before it is signed, the number and date after,
 * and every decision issued in the leader's scope with its documents.
 */
export function DecisionsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const signs = can(me, 'dossier:decide');
  const tab = params.get('tab') ?? (signs ? 'queue' : 'issued');
  return (
    <>
      <PageHeader title={t('decisions.title')} subtitle={t('decisions.subtitle')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'queue' ? {} : { tab: key })}
        items={[
          ...(signs
            ? [{ key: 'queue', label: t('decisions.queueTab'), children: <SigningQueue /> }]
            : []),
          { key: 'issued', label: t('decisions.issuedTab'), children: <IssuedDecisions /> },
        ]}
      />
    </>
  );
}

/** Dossiers awaiting a decision at the leader's units, grouped by the unit that would issue it. */
function SigningQueue() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const queryClient = useQueryClient();
  const screens = Grid.useBreakpoint();
  const { message } = App.useApp();
  const tasks = useTasks({ status: 'open', type: 'dossier.decision', limit: 100 });
  const awardName = useAwardNames();
  const [selected, setSelected] = useState<string[]>([]);
  const [preview, setPreview] = useState<DecisionPreview | null>(null);
  const [signed, setSigned] = useState<Decision | null>(null);
  const [busy, setBusy] = useState<'preview' | 'sign' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const items = useMemo(
    () => (tasks.data?.items ?? []).filter((task) => task.dossier),
    [tasks.data],
  );
  const chosen = items.filter((task) => selected.includes(task.id));
  const units = [...new Set(chosen.map((task) => task.candidateUnitId))];

  const body = () => ({
    unitId: units[0] ?? '',
    dossierIds: chosen.map((task) => task.dossier?.code ?? ''),
  });

  const showPreview = async () => {
    if (units.length !== 1) {
      void message.warning(t('inbox.batchOneUnit'));
      return;
    }
    setBusy('preview');
    setError(null);
    setSigned(null);
    try {
      setPreview(await call(api.POST('/api/v1/decisions/preview', { body: body() })));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  const sign = async () => {
    setBusy('sign');
    setError(null);
    try {
      const issued = await call(api.POST('/api/v1/decisions', { body: body() }));
      if ('number' in issued) {
        setSigned(issued);
        void message.success(t('inbox.batchDone', { number: issued.number }));
      } else {
        setPreview(null);
        void message.info(t('inbox.batchQueued'));
      }
      setSelected([]);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.tasks }),
        queryClient.invalidateQueries({ queryKey: queryKeys.dossiers }),
        queryClient.invalidateQueries({ queryKey: decisionKeys.all }),
      ]);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  const columns: ColumnsType<Task> = [
    {
      title: t('dossiers.nominee'),
      key: 'nominee',
      render: (_, task) => (
        <div>
          <Link to={`/dossiers/${task.dossier?.code}`}>
            {task.dossier?.code} · {task.dossier?.nominee.name}
          </Link>
          <div className="task-subject">{task.subject.unitName}</div>
        </div>
      ),
    },
    {
      title: t('dossiers.award'),
      key: 'award',
      responsive: ['md'],
      render: (_, task) =>
        task.dossier ? `${awardName(task.dossier.awardCode, lang)} – ${task.dossier.year}` : '',
    },
    {
      title: t('decisions.issuer'),
      key: 'issuer',
      responsive: ['lg'],
      render: (_, task) => task.candidateUnitName ?? '—',
    },
    {
      title: t('inbox.deadline'),
      key: 'due',
      render: (_, task) => (
        <DeadlineTag dueAt={task.dueAt} workingDaysLeft={task.workingDaysLeft} />
      ),
    },
  ];

  return (
    <>
      <Card className="filters-card">
        <div className="queue-actions">
          <Typography.Text>
            {selected.length === 0
              ? t('decisions.selectHint')
              : t('decisions.selected', { count: selected.length })}
          </Typography.Text>
          <Space wrap>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void queryClient.invalidateQueries({ queryKey: queryKeys.tasks })}
            >
              {t('common.refresh')}
            </Button>
            <Button
              type="primary"
              icon={<EyeOutlined />}
              disabled={selected.length === 0}
              loading={busy === 'preview'}
              onClick={() => void showPreview()}
            >
              {t('decisions.preview', { count: selected.length })}
            </Button>
          </Space>
        </div>
        {error !== null && preview === null && <ApiErrorAlert error={error} />}
      </Card>
      {tasks.error ? (
        <ApiErrorAlert error={tasks.error} />
      ) : (
        <Table<Task>
          rowKey="id"
          loading={tasks.isPending}
          columns={columns}
          dataSource={items}
          pagination={false}
          scroll={screens.md ? undefined : { x: 480 }}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys.map(String)),
            getCheckboxProps: (task) => ({
              'aria-label': t('inbox.select', { code: task.dossier?.code ?? '' }),
            }),
          }}
          locale={{ emptyText: <EmptyState text={t('decisions.queueEmpty')} /> }}
        />
      )}
      <Drawer
        open={preview !== null}
        onClose={() => {
          setPreview(null);
          setSigned(null);
        }}
        size={screens.lg ? 860 : '100%'}
        title={
          signed
            ? t('decisions.signedTitle', { number: signed.number })
            : t('decisions.previewTitle')
        }
        destroyOnHidden
      >
        {signed ? (
          <SignedDecision decision={signed} />
        ) : (
          preview && (
            <>
              <Alert
                type="info"
                showIcon
                className="form-notice"
                title={t('decisions.previewNotice')}
              />
              <DecisionSheet
                issuerName={preview.issuerName}
                number={null}
                signedOn={preview.signedOn}
                title={preview.title}
                legalBases={preview.legalBases}
                baseSalaryVnd={preview.baseSalaryVnd}
                lines={preview.awardees}
                total={preview.totalBonusVnd}
              />
              {error !== null && <ApiErrorAlert error={error} />}
              <div className="form-actions">
                <Button onClick={() => setPreview(null)}>{t('common.cancel')}</Button>
                <Button
                  type="primary"
                  size="large"
                  icon={<SafetyCertificateOutlined />}
                  loading={busy === 'sign'}
                  onClick={() => void sign()}
                >
                  {t('decisions.sign', { count: preview.awardees.length })}
                </Button>
              </div>
            </>
          )
        )}
      </Drawer>
    </>
  );
}

/** Just signed: its number and date, and its documents to download. */
function SignedDecision({ decision }: { decision: Decision }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <Result
      status="success"
      title={t('decisions.signedResult', {
        number: decision.number,
        date: formatIsoDate(decision.signedOn),
      })}
      subTitle={t('decisions.signedSummary', {
        count: decision.awardees.length,
        total: formatMoney(decision.totalBonusVnd, lang),
      })}
      extra={
        <Space direction="vertical" align="center">
          <DocumentDownloads documents={decision.documents} />
          <Link to={`/decisions/${decision.id}`}>{t('decisions.open')}</Link>
        </Space>
      }
    />
  );
}

/** Every decision issued in the reader's scope, newest first. */
function IssuedDecisions() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const [page, setPage] = useState(1);
  const decisions = useDecisions(page);
  const columns: ColumnsType<DecisionSummary> = [
    {
      title: t('decisions.numberAndDate'),
      key: 'number',
      render: (_, decision) => (
        <div>
          <Link to={`/decisions/${decision.id}`}>{decision.number}</Link>
          <div className="task-subject">{formatIsoDate(decision.signedOn)}</div>
        </div>
      ),
    },
    {
      title: t('decisions.subject'),
      key: 'title',
      render: (_, decision) => (
        <div>
          <div>{decision.title}</div>
          <div className="task-subject">
            {decision.issuerName} · {decision.signerName}
          </div>
        </div>
      ),
    },
    {
      title: t('decisions.awardees'),
      dataIndex: 'awardeesTotal',
      key: 'awardees',
      responsive: ['md'],
      align: 'right',
    },
    {
      title: t('decisions.totalBonus'),
      key: 'total',
      responsive: ['lg'],
      align: 'right',
      render: (_, decision) => formatMoney(decision.totalBonusVnd, lang),
    },
  ];
  return decisions.error ? (
    <ApiErrorAlert error={decisions.error} />
  ) : (
    <Table<DecisionSummary>
      rowKey="id"
      loading={decisions.isPending}
      columns={columns}
      dataSource={decisions.data?.items ?? []}
      locale={{ emptyText: <EmptyState text={t('decisions.issuedEmpty')} /> }}
      pagination={{
        current: page,
        pageSize: DECISIONS_PAGE,
        total: decisions.data?.total ?? 0,
        hideOnSinglePage: true,
        showSizeChanger: false,
        onChange: setPage,
      }}
    />
  );
}

/** Each award of the decision: revoked (with the revocation's number) or, for its leaders, revocable. */
function RevocationsCard({
  decisionId,
  awardees,
}: {
  decisionId: string;
  awardees: Schemas['DecisionAwardeeDto'][];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const me = useMe();
  const [revoking, setRevoking] = useState<Schemas['DecisionAwardeeDto'] | null>(null);
  const leader = can(me, 'dossier:decide');
  if (!leader && awardees.every((awardee) => awardee.revocation === null)) return null;
  return (
    <Card title={t('revocation.section')} className="detail-section">
      <Table<Schemas['DecisionAwardeeDto']>
        rowKey="dossierId"
        size="small"
        pagination={false}
        dataSource={awardees}
        columns={[
          {
            title: t('revocation.awardee'),
            key: 'awardee',
            render: (_, awardee) => (
              <div>
                <Link to={`/dossiers/${awardee.code}`}>{awardee.nomineeName}</Link>
                <div className="task-subject">{awardee.awardName}</div>
              </div>
            ),
          },
          {
            title: t('revocation.state'),
            key: 'state',
            render: (_, awardee) =>
              awardee.revocation ? (
                <div>
                  <Tag color="error">
                    {t('revocation.revoked', { number: awardee.revocation.number })}
                  </Tag>
                  <div className="task-subject">
                    {t('revocation.toRecover', {
                      amount: formatMoney(awardee.revocation.bonusToRecoverVnd, lang),
                    })}
                  </div>
                </div>
              ) : leader ? (
                <Button danger size="small" onClick={() => setRevoking(awardee)}>
                  {t('revocation.revoke')}
                </Button>
              ) : (
                <Tag color="success">{t('revocation.standing')}</Tag>
              ),
          },
        ]}
      />
      {revoking && (
        <RevokeAwardModal
          decisionId={decisionId}
          awardee={revoking}
          queryKey={decisionKeys.all}
          onClose={() => setRevoking(null)}
        />
      )}
    </Card>
  );
}

/** One decision: its number, date, issuer and signer, the annex with the bonuses, the documents. */
export function DecisionPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const decision = useDecision(id);
  if (decision.isPending) return <PageSkeleton rows={10} />;
  if (decision.error)
    return (
      <Result
        status="404"
        title={t('decisions.notFound')}
        extra={
          <Link to="/decisions?tab=issued">
            <Button type="primary">{t('decisions.backToList')}</Button>
          </Link>
        }
      />
    );
  const data = decision.data;
  return (
    <>
      <PageHeader
        title={t('decisions.numbered', { number: data.number })}
        subtitle={`${data.issuerName} · ${formatIsoDate(data.signedOn)} · ${data.signerName}`}
        trail={[{ label: t('nav.decisions'), to: '/decisions?tab=issued' }]}
      />
      <Card title={t('decisions.documents')} className="detail-section">
        <DocumentDownloads documents={data.documents} />
      </Card>
      <Card title={t('decisions.annex')} className="detail-section">
        <Typography.Paragraph strong>{data.title}</Typography.Paragraph>
        <AnnexTable lines={data.awardees} total={data.totalBonusVnd} />
      </Card>
      <RevocationsCard decisionId={data.id} awardees={data.awardees} />
    </>
  );
}
