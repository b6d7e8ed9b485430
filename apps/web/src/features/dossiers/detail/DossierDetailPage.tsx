import {
  DownloadOutlined,
  EditOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  SafetyCertificateOutlined,
} from '../../../components/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  List,
  Result,
  Row,
  Space,
  Steps,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api/errors';
import { type Dossier, queryKeys, useAwardNames, useDossier } from '../../../api/queries';
import { can, type Me } from '../../../auth/session';
import { useMe } from '../../../auth/useSession';
import { ApiErrorAlert, errorMessage } from '../../../components/ApiErrorAlert';
import { DeadlineTag } from '../../../components/DeadlineTag';
import { closingReasonText, levelLabel } from '../../../components/labels';
import { PageHeader } from '../../../components/PageHeader';
import { PageSkeleton } from '../../../components/PageSkeleton';
import {
  formatDate,
  formatDateTime,
  formatIsoDate,
  formatMoney,
  localized,
} from '../../../format/format';
import { FileComplaintModal } from '../../complaints/FileComplaintModal';
import { DocumentChecklist } from '../files/DocumentChecklist';
import { downloadFile } from '../files/upload';
import { isClosed, phaseStates, stageColor } from '../stages';
import { procedureSummary, TrackTag } from '../track';
import { DossierTimeline } from './DossierTimeline';
import { SubmissionChecksPanel } from './SubmissionChecksPanel';
import { SupplementPanel } from './SupplementPanel';

const DOCUMENT_ICONS: Record<string, React.ReactNode> = {
  'decision-pdf': <FilePdfOutlined />,
  'decision-docx': <FileWordOutlined />,
};

/**
 * One dossier, as everyone involved reads it: where it stands on the path, what is open and for
 * whom, its files, its decision and documents, the route up the organisation, and its whole history
 * with who did what when. The proposing unit supplements a returned dossier here.
 */
export function DossierDetailPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { ref } = useParams();
  const me = useMe();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const dossier = useDossier(ref);
  const awardName = useAwardNames();
  const [complaining, setComplaining] = useState(false);
  const documentNames = useMemo(
    () =>
      new Map(
        (dossier.data?.checklist ?? []).map((item) => [item.code, localized(item.name, lang)]),
      ),
    [dossier.data, lang],
  );

  if (dossier.isPending) return <PageSkeleton rows={12} />;
  if (dossier.error) {
    const missing = dossier.error instanceof ApiError && dossier.error.status === 404;
    return missing ? (
      <Result
        status="404"
        title={t('dossier.notFound')}
        subTitle={t('dossier.notFoundHint')}
        extra={
          <Link to="/dossiers">
            <Button type="primary">{t('dossier.backToList')}</Button>
          </Link>
        }
      />
    ) : (
      <ApiErrorAlert error={dossier.error} />
    );
  }
  const data = dossier.data;
  const refresh = () => void queryClient.invalidateQueries({ queryKey: queryKeys.dossiers });
  // The dossier is in the reader's scope: whoever may update dossiers there acts for its unit.
  const officer = can(me, 'dossier:update');
  const phases = phaseStates(data);
  // The unit may complain about the decision awarding the dossier, or about its refusal.
  const complainable =
    can(me, 'dossier:create') &&
    (data.decision !== null || data.stage === 'REJECTED' || data.stage === 'NOT_APPROVED');
  // The unit completes a returned dossier in its supplement panel, which lists the documents too.
  const supplementing = data.stage === 'SUPPLEMENTING' && officer;

  const download = async (id: string, fileName: string) => {
    try {
      await downloadFile(`/api/v1/documents/${id}`, fileName);
    } catch (error) {
      void message.error(errorMessage(error, lang, t('files.downloadFailed')));
    }
  };

  return (
    <>
      <PageHeader
        title={`${data.code} · ${data.nominee.name}`}
        subtitle={
          <Space wrap size={[8, 4]}>
            <span>
              {awardName(data.awardCode, lang)} – {t('dossier.yearOf', { year: data.year })}
            </span>
            <TrackTag track={data.procedure?.track} />
            <Tag color={stageColor(data.stage)}>{localized(data.stageName, lang)}</Tag>
            {data.decision?.revocation && (
              <Tag color="error">
                {t('revocation.revoked', { number: data.decision.revocation.number })}
              </Tag>
            )}
            <DeadlineTag dueAt={data.stageDueAt} workingDaysLeft={data.workingDaysLeft} />
          </Space>
        }
        trail={[{ label: t('nav.dossiers'), to: '/dossiers' }]}
        extra={
          data.stage === 'DRAFT' && officer ? (
            <Link to={`/dossiers/${data.code}/edit`}>
              <Button type="primary" icon={<EditOutlined />}>
                {t('dossier.editDraft')}
              </Button>
            </Link>
          ) : complainable ? (
            <Button onClick={() => setComplaining(true)}>{t('complaints.file')}</Button>
          ) : undefined
        }
      />
      {complaining && (
        <FileComplaintModal
          dossierId={data.id}
          about={
            data.decision
              ? t('complaints.subjects.decision', { number: data.decision.number })
              : t('complaints.subjects.refusal')
          }
          onClose={() => setComplaining(false)}
        />
      )}
      <Card className="stepper-card">
        <Steps
          size="small"
          responsive
          items={phases.map((state) => ({
            title: t(`phases.${state.phase}`),
            status: state.status,
            description: state.skipped ? t('phases.skipped') : undefined,
            className: state.skipped ? 'phase-skipped' : undefined,
          }))}
        />
        {data.stage === 'APPROVED' && data.decisionNumber && (
          <Typography.Paragraph className="stepper-note">
            {t('dossier.approvedBy', {
              number: data.decisionNumber,
              date: data.decidedOn ? formatIsoDate(data.decidedOn) : '',
            })}
          </Typography.Paragraph>
        )}
        {data.outcomeReason && data.stage !== 'APPROVED' && (
          <Typography.Paragraph className="stepper-note" type="danger">
            {t('dossier.outcome', { reason: closingReasonText(t, data.outcomeReason) })}
          </Typography.Paragraph>
        )}
      </Card>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          {supplementing && (
            <SupplementPanel dossier={data} documentNames={documentNames} onDone={refresh} />
          )}
          {data.decision && (
            <Card title={t('dossier.decision')} className="detail-section">
              <Descriptions
                column={{ xs: 1, sm: 2 }}
                size="small"
                items={[
                  {
                    key: 'number',
                    label: t('dossier.decisionNumber'),
                    children: data.decision.number,
                  },
                  {
                    key: 'signed',
                    label: t('dossier.signedOn'),
                    children: formatIsoDate(data.decision.signedOn),
                  },
                  {
                    key: 'bonus',
                    label: t('dossier.bonus'),
                    children: formatMoney(data.decision.bonusVnd, lang),
                  },
                  ...(data.decision.revocation
                    ? [
                        {
                          key: 'revoked',
                          label: t('revocation.state'),
                          children: (
                            <Space direction="vertical" size={0}>
                              <Tag color="error">
                                {t('revocation.revoked', {
                                  number: data.decision.revocation.number,
                                })}
                              </Tag>
                              <span>
                                {t('revocation.toRecover', {
                                  amount: formatMoney(
                                    data.decision.revocation.bonusToRecoverVnd,
                                    lang,
                                  ),
                                })}
                              </span>
                            </Space>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
              <Space wrap className="decision-documents">
                {data.decision.documents.map((document) => (
                  <Button
                    key={document.id}
                    icon={DOCUMENT_ICONS[document.kind] ?? <SafetyCertificateOutlined />}
                    onClick={() => void download(document.id, document.fileName)}
                  >
                    {t(`documentKinds.${documentKindKey(document.kind)}`)}
                    <DownloadOutlined />
                  </Button>
                ))}
              </Space>
            </Card>
          )}
          {data.submissionChecks && <SubmissionChecksPanel checks={data.submissionChecks} />}
          <Card title={t('dossier.openTasks')} className="detail-section">
            {data.openTasks.length === 0 ? (
              <Typography.Text type="secondary">
                {isClosed(data.stage) ? t('dossier.closedNoTasks') : t('dossier.noOpenTasks')}
              </Typography.Text>
            ) : (
              <List
                dataSource={data.openTasks}
                renderItem={(task) => (
                  <List.Item
                    key={task.id}
                    actions={
                      mayHandle(me, task)
                        ? [
                            <Link key="open" to={`/inbox?task=${task.id}`}>
                              {t('dossier.handleTask')}
                            </Link>,
                          ]
                        : []
                    }
                  >
                    <List.Item.Meta
                      title={localized(task.title, lang)}
                      description={
                        <Space wrap size={[8, 4]}>
                          <span>
                            {task.assigneeName
                              ? t('dossier.heldBy', { name: task.assigneeName })
                              : t('dossier.waitingFor', {
                                  unit: task.candidateUnitName ?? task.subject.unitName ?? '',
                                })}
                          </span>
                          <DeadlineTag dueAt={task.dueAt} workingDaysLeft={task.workingDaysLeft} />
                        </Space>
                      }
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
          {!supplementing && (
            <Card title={t('dossier.documents')} className="detail-section">
              <DocumentChecklist
                documents={data.checklist.map((item) => ({
                  code: item.code,
                  name: item.name,
                  legalRef: item.legalRef,
                }))}
                attachments={data.attachments}
                editable={false}
                ensureDossier={() => Promise.resolve(data.id)}
                onChanged={refresh}
              />
            </Card>
          )}
          <Card title={t('dossier.history')} className="detail-section">
            <DossierTimeline events={data.timeline} documents={documentNames} />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <DossierFacts dossier={data} awardName={awardName(data.awardCode, lang)} />
        </Col>
      </Row>
    </>
  );
}

/** True when the task is for the person: held by them, or for a role they hold on its unit. */
function mayHandle(me: Me, task: Dossier['openTasks'][number]): boolean {
  if (task.assigneeId) return task.assigneeId === me.id;
  return me.grants.some(
    (grant) => grant.role === task.candidateRole && grant.unitId === task.candidateUnitId,
  );
}

function documentKindKey(kind: string): 'decision_pdf' | 'decision_docx' | 'certificate' {
  if (kind === 'decision-pdf') return 'decision_pdf';
  if (kind === 'decision-docx') return 'decision_docx';
  return 'certificate';
}

/** The dossier's particulars and its route up the organisation. */
function DossierFacts({ dossier, awardName }: { dossier: Dossier; awardName: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const nominee = dossier.nominee;
  return (
    <>
      <Card title={t('dossier.facts')} className="detail-section">
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'code', label: t('dossier.code'), children: dossier.code },
            { key: 'award', label: t('dossier.award'), children: awardName },
            ...(dossier.procedure
              ? [
                  {
                    key: 'track',
                    label: t('tracks.label'),
                    children: `${t(`tracks.${dossier.procedure.track}`)} — ${procedureSummary(t, dossier.procedure)}`,
                  },
                ]
              : []),
            { key: 'year', label: t('dossier.year'), children: dossier.year },
            {
              key: 'nominee',
              label: nominee.kind === 'collective' ? t('dossier.collective') : t('dossier.person'),
              children: [nominee.name, nominee.position].filter(Boolean).join(', '),
            },
            { key: 'unit', label: t('dossier.unit'), children: dossier.proposingUnitName ?? '—' },
            ...(dossier.submittedAt
              ? [
                  {
                    key: 'submitted',
                    label: t('dossier.submitted'),
                    children: `${formatDateTime(dossier.submittedAt)}${dossier.submittedByName ? ` · ${dossier.submittedByName}` : ''}`,
                  },
                ]
              : []),
            ...(dossier.authorName
              ? [{ key: 'author', label: t('dossier.author'), children: dossier.authorName }]
              : []),
            ...(dossier.ruleSetId
              ? [{ key: 'rules', label: t('dossier.ruleSet'), children: dossier.ruleSetId }]
              : []),
            {
              key: 'updated',
              label: t('dossier.updated'),
              children: formatDate(dossier.updatedAt),
            },
          ]}
        />
        <Typography.Paragraph className="achievements">
          <Typography.Text strong>{t('dossier.achievements')}</Typography.Text>
          <br />
          {dossier.achievementsSummary}
        </Typography.Paragraph>
      </Card>
      <Card title={t('dossier.route')} className="detail-section">
        {dossier.approvalPath && dossier.approvalPath.length > 0 ? (
          <Steps
            direction="vertical"
            size="small"
            current={
              dossier.stage === 'APPROVED'
                ? dossier.approvalPath.length + 1
                : 1 +
                  Math.max(
                    0,
                    dossier.approvalPath.findIndex((step) => step.level === dossier.currentLevel),
                  )
            }
            items={[
              {
                title: dossier.proposingUnitName ?? t('dossier.unit'),
                description: t('dossier.proposes'),
              },
              ...dossier.approvalPath.map((step) => ({
                title: step.unitName,
                description: localized(step.levelName, lang) || levelLabel(t, step.level),
              })),
            ]}
          />
        ) : (
          <Typography.Text type="secondary">{t('dossier.routeAtSubmission')}</Typography.Text>
        )}
      </Card>
    </>
  );
}
