import { Alert, Card, Descriptions, Drawer, Grid, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useTasks } from '../../api/queries';
import { useMe } from '../../auth/useSession';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatIsoDate } from '../../format/format';
import {
  type Complaint,
  COMPLAINT_STATUS_COLORS,
  useComplaint,
  useComplaints,
} from './complaint-queries';
import { AcceptComplaintForm, SettleComplaintForm } from './ComplaintTaskForms';

/**
 * Complaints (khiếu nại) about decisions and refusals in one's scope: what each is about, the limit of
 * its current step, and each step's result; the office accepts and the leader settles from here (the
 * same tasks are in their inbox).
 */
export function ComplaintsPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const complaints = useComplaints();
  const columns: ColumnsType<Complaint> = [
    {
      title: t('complaints.complaint'),
      key: 'label',
      render: (_, complaint) => (
        <div>
          <Link to={`/complaints/${complaint.id}`}>{complaint.label}</Link>
          <div className="task-subject">
            {t(`complaints.subjects.${complaint.subjectKind}`, {
              number: complaint.decisionNumber ?? '',
            })}
            {complaint.instance === 2 ? ` · ${t('complaints.second')}` : ''}
          </div>
        </div>
      ),
    },
    {
      title: t('complaints.handledBy'),
      dataIndex: 'handlingUnitName',
      key: 'unit',
      responsive: ['md'],
    },
    {
      title: t('complaints.status'),
      key: 'status',
      render: (_, complaint) => (
        <div>
          <Tag color={COMPLAINT_STATUS_COLORS[complaint.status]}>
            {t(`complaints.statuses.${complaint.status}`)}
          </Tag>
          {complaint.dueDate && (
            <div className="task-subject">
              {t('complaints.dueOn', { date: formatIsoDate(complaint.dueDate) })}
            </div>
          )}
        </div>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t('complaints.title')} subtitle={t('complaints.subtitle')} />
      {complaints.error ? (
        <ApiErrorAlert error={complaints.error} />
      ) : (
        <Card>
          <Table<Complaint>
            rowKey="id"
            size="small"
            loading={complaints.isPending}
            columns={columns}
            dataSource={complaints.data?.items ?? []}
            locale={{ emptyText: t('complaints.empty') }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
          />
        </Card>
      )}
      <Drawer
        open={id !== undefined}
        onClose={() => void navigate('/complaints')}
        title={t('complaints.detail')}
        size={screens.md ? 640 : '100%'}
        destroyOnHidden
      >
        {id !== undefined && <ComplaintDetail id={id} />}
      </Drawer>
    </>
  );
}

function ComplaintDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const complaint = useComplaint(id);
  const tasks = useTasks({});
  if (complaint.error) return <ApiErrorAlert error={complaint.error} />;
  const data = complaint.data;
  if (!data) return <Card loading />;
  // The open step's task, when it is this person's to do.
  const task = (tasks.data?.items ?? []).find(
    (candidate) =>
      candidate.subject.type === 'complaint' &&
      candidate.subject.id === id &&
      (candidate.assigneeId === null ||
        candidate.assigneeId === undefined ||
        candidate.assigneeId === me.id),
  );
  const optional = (key: string, label: string, value: string | null | undefined) =>
    value ? [{ key, label, children: value }] : [];
  return (
    <>
      <Typography.Title level={2} className="section-title">
        {data.label}
      </Typography.Title>
      {data.filedLate && (
        <Alert
          className="form-notice"
          type="warning"
          showIcon
          title={t('complaints.filedLate', { date: formatIsoDate(data.filingLastDay) })}
        />
      )}
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'subject',
            label: t('complaints.about'),
            children: data.decisionId ? (
              <Link to={`/decisions/${data.decisionId}`}>
                {t('complaints.subjects.decision', { number: data.decisionNumber ?? '' })}
              </Link>
            ) : (
              t('complaints.subjects.refusal')
            ),
          },
          {
            key: 'dossier',
            label: t('complaints.dossier'),
            children: <Link to={`/dossiers/${data.dossierCode}`}>{data.dossierCode}</Link>,
          },
          {
            key: 'instance',
            label: t('complaints.instance'),
            children: data.instance === 2 ? t('complaints.second') : t('complaints.first'),
          },
          { key: 'by', label: t('complaints.complainant'), children: data.complainantName },
          { key: 'unit', label: t('complaints.handledBy'), children: data.handlingUnitName },
          {
            key: 'status',
            label: t('complaints.status'),
            children: (
              <Tag color={COMPLAINT_STATUS_COLORS[data.status]}>
                {t(`complaints.statuses.${data.status}`)}
              </Tag>
            ),
          },
          ...optional(
            'due',
            t('complaints.stepDue'),
            data.dueDate ? formatIsoDate(data.dueDate) : null,
          ),
          { key: 'known', label: t('complaints.knownOn'), children: formatIsoDate(data.knownOn) },
          { key: 'filed', label: t('complaints.filedOn'), children: formatIsoDate(data.filedOn) },
          {
            key: 'window',
            label: t('complaints.filingLastDay'),
            children: formatIsoDate(data.filingLastDay),
          },
          ...(data.obstacleDays > 0
            ? [
                {
                  key: 'obstacle',
                  label: t('complaints.obstacle'),
                  children: t('complaints.obstacleDays', {
                    count: data.obstacleDays,
                    reason: data.obstacleReason ?? '',
                  }),
                },
              ]
            : []),
          ...(data.complex !== null
            ? [
                {
                  key: 'complex',
                  label: t('complaints.complex'),
                  children: data.complex ? t('complaints.yes') : t('complaints.no'),
                },
              ]
            : []),
          ...optional(
            'accepted',
            t('complaints.acceptedOn'),
            data.acceptedOn ? formatIsoDate(data.acceptedOn) : null,
          ),
          ...optional(
            'settled',
            t('complaints.settledOn'),
            data.settledOn ? formatIsoDate(data.settledOn) : null,
          ),
          ...optional('verification', t('complaints.verification'), data.verification),
          ...optional('reasons', t('complaints.reasons'), data.reasons),
          ...optional('remedy', t('complaints.remedy'), data.remedy),
          ...optional(
            'second',
            t('complaints.secondBy'),
            data.secondComplaintLastDay ? formatIsoDate(data.secondComplaintLastDay) : null,
          ),
        ]}
      />
      <Typography.Title level={3} className="section-title">
        {t('complaints.content')}
      </Typography.Title>
      <Typography.Paragraph className="initiative-description">{data.content}</Typography.Paragraph>
      {task?.type === 'complaint.accept' && <AcceptComplaintForm task={task} complaintId={id} />}
      {task?.type === 'complaint.settle' && <SettleComplaintForm task={task} complaintId={id} />}
      {!task && (data.status === 'RECEIVED' || data.status === 'ACCEPTED') && (
        <Typography.Paragraph type="secondary">{t('complaints.waiting')}</Typography.Paragraph>
      )}
    </>
  );
}
