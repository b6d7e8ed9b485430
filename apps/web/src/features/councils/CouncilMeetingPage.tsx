import { CheckOutlined, DeleteOutlined, PlusOutlined } from '../../components/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Grid,
  InputNumber,
  List,
  Result,
  Row,
  Select,
  Space,
  Steps,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { ApiError } from '../../api/errors';
import { queryKeys } from '../../api/queries';
import { can } from '../../auth/session';
import { useMe } from '../../auth/useSession';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DocumentDownloads } from '../../components/DocumentDownloads';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { PageSkeleton } from '../../components/PageSkeleton';
import { formatDateTime, formatLegalRef, localized } from '../../format/format';
import {
  type CouncilMeeting,
  councilKeys,
  useCouncilCandidates,
  useCouncilMeeting,
} from './council-queries';
import { MeetingStatusTag, SeatTag } from './meeting-labels';
import { forecast, ratioLabel } from './meeting-rules';

type AgendaItem = CouncilMeeting['agenda'][number];

const STEP_OF_STATUS: Record<string, number> = { SCHEDULED: 0, OPEN: 1, CLOSED: 3 };

/**
 * One council meeting, run by its secretary from convening to the minutes: the agenda built from the
 * dossiers waiting for this council, attendance with the quorum shown as it is ticked, each dossier's
 * ballot with the votes its award needs of all members, closing (the engine computes every result)
 * and the minutes. Members read the same page.
 */
export function CouncilMeetingPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { id } = useParams();
  const me = useMe();
  const queryClient = useQueryClient();
  const [closing, setClosing] = useState(false);
  const meeting = useCouncilMeeting(id, { closing });
  const manager = can(me, 'council:manage');

  if (meeting.isPending) return <PageSkeleton rows={12} />;
  if (meeting.error) {
    const missing = meeting.error instanceof ApiError && meeting.error.status === 404;
    return missing ? (
      <Result
        status="404"
        title={t('councils.notFound')}
        extra={
          <Link to="/council-meetings">
            <Button type="primary">{t('councils.backToList')}</Button>
          </Link>
        }
      />
    ) : (
      <ApiErrorAlert error={meeting.error} />
    );
  }
  const data = meeting.data;
  const attendanceRecorded = data.members.some((member) => member.present !== null);
  const ballotsRecorded = data.agenda.some((item) => item.votesFor !== null);
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: councilKeys.all });
    await queryClient.invalidateQueries({ queryKey: queryKeys.dossiers });
  };
  const current =
    data.status === 'OPEN' ? (ballotsRecorded ? 2 : 1) : (STEP_OF_STATUS[data.status] ?? 0);

  return (
    <>
      <PageHeader
        title={data.title}
        subtitle={
          <Space wrap size={[8, 4]}>
            <span>
              {data.unitName} · {formatDateTime(data.scheduledAt)} · {data.location}
            </span>
            <MeetingStatusTag status={data.status} />
          </Space>
        }
        trail={[{ label: t('nav.councils'), to: '/council-meetings' }]}
      />
      <Card className="stepper-card">
        <Steps
          size="small"
          responsive
          current={current}
          status={data.status === 'CLOSED' ? 'finish' : 'process'}
          items={[
            { title: t('councils.steps.agenda') },
            { title: t('councils.steps.attendance') },
            { title: t('councils.steps.ballots') },
            { title: t('councils.steps.closed') },
          ]}
        />
        {data.status === 'SCHEDULED' && <OpeningNotice scheduledAt={data.scheduledAt} />}
      </Card>
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={16}>
          {data.status === 'SCHEDULED' && (
            <AgendaBuilder meeting={data} editable={manager} onChanged={refresh} />
          )}
          {data.status === 'OPEN' && (
            <Card title={t('councils.ballotsTitle')} className="detail-section">
              {!attendanceRecorded ? (
                <Alert type="info" showIcon title={t('councils.attendanceFirst')} />
              ) : (
                <>
                  <Typography.Paragraph type="secondary">
                    {data.rules.secretBallot
                      ? t('councils.secretBallotHint')
                      : t('councils.openBallotHint')}{' '}
                    <span className="legal-ref">
                      {t('precheck.basis')}: {formatLegalRef(data.rules.ballotLegalRef, lang)}
                    </span>
                  </Typography.Paragraph>
                  {data.agenda.map((item) => (
                    <BallotForm
                      key={item.dossierId}
                      meeting={data}
                      item={item}
                      editable={manager}
                      onRecorded={refresh}
                    />
                  ))}
                  {closing ? (
                    <Alert type="info" showIcon title={t('councils.closing')} />
                  ) : (
                    manager && (
                      <CloseMeeting
                        meeting={data}
                        onClosed={async () => {
                          setClosing(true);
                          await refresh();
                        }}
                      />
                    )
                  )}
                </>
              )}
            </Card>
          )}
          {data.status === 'CLOSED' && <Results meeting={data} />}
        </Col>
        <Col xs={24} xl={8}>
          <Attendance
            meeting={data}
            editable={manager && (data.status === 'OPEN' || data.status === 'SCHEDULED')}
            onRecorded={refresh}
          />
          <Card title={t('councils.rulesTitle')} className="detail-section">
            <Descriptions
              column={1}
              size="small"
              items={[
                {
                  key: 'quorum',
                  label: t('councils.quorum'),
                  children: t('councils.quorumRule', {
                    ratio: ratioLabel(data.rules.quorum),
                    count: data.rules.quorumRequired,
                    members: data.members.length,
                  }),
                },
                {
                  key: 'ballot',
                  label: t('councils.ballotKind'),
                  children: data.rules.secretBallot ? t('councils.secret') : t('councils.open'),
                },
                {
                  key: 'written',
                  label: t('councils.writtenOpinions'),
                  children: data.rules.absentMembersGiveWrittenOpinion
                    ? t('councils.writtenAllowed')
                    : t('councils.writtenNotAllowed'),
                },
                {
                  key: 'basis',
                  label: t('precheck.basis'),
                  children: formatLegalRef(data.rules.quorumLegalRef, lang),
                },
                { key: 'rules', label: t('dossier.ruleSet'), children: data.ruleSetId },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}

/** Until it opens: when it will, and that the agenda closes then. */
function OpeningNotice({ scheduledAt }: { scheduledAt: string }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.round((Date.parse(scheduledAt) - now) / 1000);
  return (
    <Alert
      className="stepper-note"
      type="info"
      showIcon
      title={
        seconds > 0
          ? t('councils.opensIn', {
              at: formatDateTime(scheduledAt),
              minutes: Math.floor(seconds / 60),
              seconds: seconds % 60,
            })
          : t('councils.opening')
      }
      description={t('councils.agendaUntilOpening')}
    />
  );
}

/** Before it opens: the agenda, and the dossiers waiting for this council that can join it. */
function AgendaBuilder({
  meeting,
  editable,
  onChanged,
}: {
  meeting: CouncilMeeting;
  editable: boolean;
  onChanged: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const layout = screens.md ? 'horizontal' : 'vertical';
  const candidates = useCouncilCandidates(meeting.id, editable);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const change = async (dossier: string, add: boolean) => {
    setBusy(dossier);
    setError(null);
    try {
      if (add)
        await call(
          api.POST('/api/v1/council-meetings/{id}/agenda', {
            params: { path: { id: meeting.id } },
            body: { dossierId: dossier },
          }),
        );
      else
        await call(
          api.DELETE('/api/v1/council-meetings/{id}/agenda/{dossierId}', {
            params: { path: { id: meeting.id, dossierId: dossier } },
          }),
        );
      void message.success(add ? t('councils.added') : t('councils.removed'));
      await onChanged();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Card
        title={t('councils.agendaTitle', { count: meeting.agenda.length })}
        className="detail-section"
      >
        {error !== null && <ApiErrorAlert error={error} />}
        {meeting.agenda.length === 0 ? (
          <EmptyState text={t('councils.agendaEmpty')} />
        ) : (
          <List
            itemLayout={layout}
            dataSource={meeting.agenda}
            renderItem={(item) => (
              <List.Item
                key={item.dossierId}
                actions={
                  editable
                    ? [
                        <Button
                          key="remove"
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          loading={busy === item.code}
                          onClick={() => void change(item.code, false)}
                          aria-label={t('councils.removeFromAgenda', { code: item.code })}
                        >
                          {t('common.remove')}
                        </Button>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={
                    <Link to={`/dossiers/${item.code}`}>
                      {item.code} · {item.nomineeName}
                    </Link>
                  }
                  description={`${localized(item.awardName, lang)} · ${t('councils.needs', {
                    count: item.votesRequired,
                    members: meeting.members.length,
                    ratio: ratioLabel(item.threshold),
                  })}`}
                />
              </List.Item>
            )}
          />
        )}
      </Card>
      {editable && (
        <Card
          title={t('councils.candidatesTitle', { unit: meeting.unitName })}
          className="detail-section"
        >
          {candidates.error ? (
            <ApiErrorAlert error={candidates.error} />
          ) : (
            <List
              itemLayout={layout}
              loading={candidates.isPending}
              dataSource={candidates.data?.items ?? []}
              locale={{ emptyText: <EmptyState text={t('councils.noCandidates')} /> }}
              renderItem={(candidate) => (
                <List.Item
                  key={candidate.dossierId}
                  actions={[
                    <Button
                      key="add"
                      icon={<PlusOutlined />}
                      loading={busy === candidate.code}
                      onClick={() => void change(candidate.code, true)}
                      aria-label={t('councils.addToAgenda', { code: candidate.code })}
                    >
                      {t('councils.add')}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    title={
                      <Link to={`/dossiers/${candidate.code}`}>
                        {candidate.code} · {candidate.nomineeName}
                      </Link>
                    }
                    description={`${candidate.unitName} · ${candidate.year}`}
                  />
                </List.Item>
              )}
            />
          )}
        </Card>
      )}
    </>
  );
}

/**
 * Who is present, ticked by the secretary, with the quorum counted as they tick. Before the meeting's
 * time the secretary may open it at once when every member is already in the room.
 */
function Attendance({
  meeting,
  editable,
  onRecorded,
}: {
  meeting: CouncilMeeting;
  editable: boolean;
  onRecorded: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const recorded = meeting.members.some((member) => member.present !== null);
  const [present, setPresent] = useState<string[]>(() =>
    meeting.members
      .filter((member) => (recorded ? member.present === true : true))
      .map((member) => member.userId),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const quorate = present.length >= meeting.rules.quorumRequired;
  const early = meeting.status === 'SCHEDULED';
  const everyone = present.length === meeting.members.length;

  const record = async () => {
    setBusy(true);
    setError(null);
    try {
      await call(
        api.POST(
          early ? '/api/v1/council-meetings/{id}/open' : '/api/v1/council-meetings/{id}/attendance',
          { params: { path: { id: meeting.id } }, body: { present } },
        ),
      );
      void message.success(early ? t('councils.openedEarly') : t('councils.attendanceRecorded'));
      await onRecorded();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      title={t('councils.membersTitle', { count: meeting.members.length })}
      className="detail-section"
    >
      {(editable || recorded) && (
        <div className={`quorum ${quorate ? 'quorum-met' : 'quorum-short'}`} role="status">
          <strong>
            {t('councils.presentCount', {
              present: present.length,
              members: meeting.members.length,
            })}
          </strong>
          <span>
            {quorate
              ? t('councils.quorumMet', { count: meeting.rules.quorumRequired })
              : t('councils.quorumShort', { count: meeting.rules.quorumRequired })}
          </span>
        </div>
      )}
      <List
        size="small"
        dataSource={meeting.members}
        renderItem={(member) => (
          <List.Item key={member.userId}>
            <div className="member-row">
              {editable ? (
                <Checkbox
                  checked={present.includes(member.userId)}
                  onChange={(event) =>
                    setPresent((current) =>
                      event.target.checked
                        ? [...current, member.userId]
                        : current.filter((userId) => userId !== member.userId),
                    )
                  }
                >
                  {member.fullName}
                </Checkbox>
              ) : (
                <span>{member.fullName}</span>
              )}
              <Space size={4} wrap>
                <SeatTag seat={member.position} />
                {!editable && member.present !== null && (
                  <Tag color={member.present ? 'success' : 'default'}>
                    {member.present ? t('councils.present') : t('councils.absent')}
                  </Tag>
                )}
              </Space>
            </div>
          </List.Item>
        )}
      />
      {error !== null && <ApiErrorAlert error={error} />}
      {editable && early && (
        <Typography.Paragraph type="secondary" className="form-notice">
          {t('councils.openEarlyHint')}
        </Typography.Paragraph>
      )}
      {editable && (
        <Button
          type="primary"
          block
          icon={<CheckOutlined />}
          loading={busy}
          disabled={early && !everyone}
          onClick={() => void record()}
        >
          {early
            ? t('councils.openEarly')
            : recorded
              ? t('councils.updateAttendance')
              : t('councils.recordAttendance')}
        </Button>
      )}
    </Card>
  );
}

/** One dossier's tally: the ballots cast (present members, written opinions where allowed) and the votes in favour. */
function BallotForm({
  meeting,
  item,
  editable,
  onRecorded,
}: {
  meeting: CouncilMeeting;
  item: AgendaItem;
  editable: boolean;
  onRecorded: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { message } = App.useApp();
  const present = meeting.members.filter((member) => member.present === true);
  const absent = meeting.members.filter((member) => member.present !== true);
  const [written, setWritten] = useState<string[]>([]);
  const [votesFor, setVotesFor] = useState<number | null>(item.votesFor);
  const [inFavour, setInFavour] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const castBy = [...present.map((member) => member.userId), ...written];
  const secret = meeting.rules.secretBallot;
  const expected = forecast({
    votesFor: item.votesFor,
    votesRequired: item.votesRequired,
    quorumMet: meeting.rules.quorumMet,
  });

  const record = async () => {
    setBusy(true);
    setError(null);
    try {
      await call(
        api.POST('/api/v1/council-meetings/{id}/ballots', {
          params: { path: { id: meeting.id } },
          body: secret
            ? { dossierId: item.code, castBy, votesFor: votesFor ?? 0 }
            : { dossierId: item.code, castBy, votesFor: inFavour.length, inFavour },
        }),
      );
      void message.success(t('councils.ballotRecorded', { code: item.code }));
      await onRecorded();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="ballot" aria-label={t('councils.ballotOf', { code: item.code })}>
      <div className="ballot-head">
        <div>
          <Link to={`/dossiers/${item.code}`} className="ballot-title">
            {item.code} · {item.nomineeName}
          </Link>
          <div className="task-subject">{localized(item.awardName, lang)}</div>
        </div>
        {item.votesFor !== null && <ForecastTag outcome={expected} />}
      </div>
      <Typography.Paragraph className="ballot-threshold">
        {t('councils.needs', {
          count: item.votesRequired,
          members: meeting.members.length,
          ratio: ratioLabel(item.threshold),
        })}
        {item.thresholdLegalRef && (
          <span className="legal-ref"> · {formatLegalRef(item.thresholdLegalRef, lang)}</span>
        )}
      </Typography.Paragraph>
      {item.votesFor !== null && (
        <Typography.Paragraph>
          {t('councils.recorded', {
            votesFor: item.votesFor,
            cast: item.ballotsCast ?? 0,
            members: meeting.members.length,
          })}
        </Typography.Paragraph>
      )}
      {editable && (
        <div className="ballot-inputs">
          {meeting.rules.absentMembersGiveWrittenOpinion && absent.length > 0 && (
            <Select
              mode="multiple"
              allowClear
              aria-label={t('councils.writtenFrom', { code: item.code })}
              placeholder={t('councils.writtenFromPlaceholder')}
              value={written}
              onChange={setWritten}
              options={absent.map((member) => ({ value: member.userId, label: member.fullName }))}
              className="ballot-written"
            />
          )}
          <span className="ballot-cast">{t('councils.castCount', { count: castBy.length })}</span>
          {secret ? (
            <label className="ballot-votes">
              {t('councils.votesFor')}
              <InputNumber
                min={0}
                max={castBy.length}
                value={votesFor}
                onChange={(value) => setVotesFor(value)}
                aria-label={t('councils.votesForOf', { code: item.code })}
              />
            </label>
          ) : (
            <Select
              mode="multiple"
              aria-label={t('councils.inFavourOf', { code: item.code })}
              placeholder={t('councils.inFavour')}
              value={inFavour}
              onChange={setInFavour}
              options={meeting.members
                .filter((member) => castBy.includes(member.userId))
                .map((member) => ({ value: member.userId, label: member.fullName }))}
              className="ballot-written"
            />
          )}
          <Button
            onClick={() => void record()}
            loading={busy}
            disabled={secret && votesFor === null}
          >
            {item.votesFor === null ? t('councils.recordBallot') : t('councils.correctBallot')}
          </Button>
        </div>
      )}
      {error !== null && <ApiErrorAlert error={error} />}
    </section>
  );
}

function ForecastTag({ outcome }: { outcome: ReturnType<typeof forecast> }) {
  const { t } = useTranslation();
  if (outcome === 'unknown') return null;
  const color = outcome === 'pass' ? 'success' : 'error';
  return <Tag color={color}>{t(`councils.forecast.${outcome}`)}</Tag>;
}

/** Closing: the engine computes each result, renders the minutes and tells every dossier. */
function CloseMeeting({
  meeting,
  onClosed,
}: {
  meeting: CouncilMeeting;
  onClosed: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const [error, setError] = useState<unknown>(null);
  const missing = meeting.agenda.filter((item) => item.votesFor === null);

  const close = () => {
    modal.confirm({
      title: t('councils.closeConfirm'),
      content: (
        <>
          <p>{t('councils.closeHint')}</p>
          {missing.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title={t('councils.closeMissing', {
                codes: missing.map((item) => item.code).join(', '),
              })}
            />
          )}
        </>
      ),
      okText: t('councils.close'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        setError(null);
        try {
          await call(
            api.POST('/api/v1/council-meetings/{id}/close', {
              params: { path: { id: meeting.id } },
            }),
          );
          void message.success(t('councils.closed'));
          await onClosed();
        } catch (failure) {
          setError(failure);
        }
      },
    });
  };

  return (
    <div className="ballot-close">
      {error !== null && <ApiErrorAlert error={error} />}
      <Button type="primary" size="large" icon={<CheckOutlined />} onClick={close}>
        {t('councils.close')}
      </Button>
    </div>
  );
}

/** After closing: each dossier's result as the engine computed it, and the minutes. */
function Results({ meeting }: { meeting: CouncilMeeting }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const columns: ColumnsType<AgendaItem> = [
    {
      title: t('dossiers.code'),
      key: 'code',
      render: (_, item) => (
        <div>
          <Link to={`/dossiers/${item.code}`}>{item.code}</Link>
          <div className="task-subject">{item.nomineeName}</div>
        </div>
      ),
    },
    {
      title: t('dossiers.award'),
      key: 'award',
      responsive: ['md'],
      render: (_, item) => localized(item.awardName, lang),
    },
    {
      title: t('councils.votes'),
      key: 'votes',
      render: (_, item) =>
        item.votesFor === null
          ? t('councils.noBallot')
          : t('councils.votesOf', {
              votesFor: item.votesFor,
              members: meeting.members.length,
              required: item.votesRequired,
            }),
    },
    {
      title: t('councils.result'),
      key: 'result',
      render: (_, item) => (
        <Tag color={item.passed ? 'success' : 'error'}>
          {item.passed ? t('councils.passed') : t('councils.failed')}
        </Tag>
      ),
    },
  ];
  return (
    <Card title={t('councils.resultsTitle')} className="detail-section">
      {meeting.rules.quorumMet === false && (
        <Alert type="warning" showIcon title={t('councils.noQuorum')} className="form-notice" />
      )}
      <Table<AgendaItem>
        rowKey="dossierId"
        size="small"
        columns={columns}
        dataSource={meeting.agenda}
        pagination={false}
      />
      <Typography.Title level={2} className="section-title">
        {t('councils.minutes')}
      </Typography.Title>
      {meeting.documents.length === 0 ? (
        <Typography.Text type="secondary">{t('councils.minutesPending')}</Typography.Text>
      ) : (
        <DocumentDownloads documents={meeting.documents} />
      )}
    </Card>
  );
}
