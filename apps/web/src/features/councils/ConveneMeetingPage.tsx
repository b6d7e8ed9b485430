import { SendOutlined } from '../../components/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  Result,
  Select,
  Table,
  TimePicker,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { useMe } from '../../auth/useSession';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { codeLabel, roleLabel } from '../../components/labels';
import { showFieldErrors } from '../../components/form-errors';
import { PageHeader } from '../../components/PageHeader';
import { councilKeys, type RosterMember, useCouncilRoster } from './council-queries';
import { defaultSeat, type Seat, seatProblems, vietnamInstant } from './meeting-rules';

const SEATS: Seat[] = ['chair', 'vice-chair', 'secretary', 'member'];

interface ConveneValues {
  unitId: string;
  title: string;
  date: Dayjs;
  time: Dayjs;
  location: string;
}

/** Ten minutes from now, on a five-minute mark: time enough to build the agenda. */
function soon(): Dayjs {
  const at = dayjs().add(10, 'minute');
  return at.minute(Math.ceil(at.minute() / 5) * 5).second(0);
}

/**
 * The secretary convenes the council: its unit, the title, day and time (Vietnam time), the place,
 * and the members from the council's roster with their seats. The agenda is built on the meeting's
 * page until it opens.
 */
export function ConveneMeetingPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<ConveneValues>();
  const councils = useMemo(
    () => me.grants.filter((grant) => grant.permissions.includes('council:manage')),
    [me.grants],
  );
  const unitId = Form.useWatch('unitId', form) ?? councils[0]?.unitId;
  const roster = useCouncilRoster(unitId);
  const [changed, setSeats] = useState<Record<string, Seat | 'absent'>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // Everyone on the roster is convened by default; the secretary changes seats from there.
  const seats = useMemo(() => {
    let chairTaken = false;
    const initial: Record<string, Seat | 'absent'> = {};
    for (const member of roster.data?.items ?? []) {
      const seat = defaultSeat(member.roles, chairTaken);
      if (seat === 'chair') chairTaken = true;
      initial[member.userId] = seat;
    }
    return { ...initial, ...changed };
  }, [roster.data, changed]);

  if (councils.length === 0)
    return (
      <Result status="403" title={t('errors.forbidden')} subTitle={t('councils.notSecretary')} />
    );

  const chosen = Object.entries(seats).filter(
    (entry): entry is [string, Seat] => entry[1] !== 'absent',
  );
  const problems = seatProblems(chosen.map(([, seat]) => seat));

  const convene = async (values: ConveneValues) => {
    if (problems.length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const meeting = await call(
        api.POST('/api/v1/council-meetings', {
          body: {
            unitId: values.unitId,
            title: values.title.trim(),
            scheduledAt: vietnamInstant(
              values.date.format('YYYY-MM-DD'),
              values.time.format('HH:mm'),
            ),
            location: values.location.trim(),
            members: chosen.map(([userId, position]) => ({ userId, position })),
          },
        }),
      );
      void message.success(t('councils.convened'));
      await queryClient.invalidateQueries({ queryKey: councilKeys.all });
      void navigate(`/council-meetings/${meeting.id}`);
    } catch (failure) {
      setError(failure);
      showFieldErrors(form, failure, lang, { scheduledAt: 'date' });
    } finally {
      setBusy(false);
    }
  };

  const columns: ColumnsType<RosterMember> = [
    {
      title: t('councils.member'),
      key: 'member',
      render: (_, member) => (
        <Checkbox
          className="roster-member"
          checked={seats[member.userId] !== 'absent'}
          onChange={(event) =>
            setSeats((current) => ({
              ...current,
              [member.userId]: event.target.checked ? 'member' : 'absent',
            }))
          }
        >
          <span className="roster-name">{member.fullName}</span>
          <span className="task-subject">
            {member.workUnitName} · {member.roles.map((role) => roleLabel(t, role)).join(', ')}
          </span>
        </Checkbox>
      ),
    },
    {
      title: t('councils.seat'),
      key: 'seat',
      width: 200,
      render: (_, member) =>
        seats[member.userId] === 'absent' ? (
          <Typography.Text type="secondary">{t('councils.notSeated')}</Typography.Text>
        ) : (
          <Select<Seat>
            aria-label={t('councils.seatOf', { name: member.fullName })}
            value={seats[member.userId] as Seat | undefined}
            onChange={(seat) => setSeats((current) => ({ ...current, [member.userId]: seat }))}
            options={SEATS.map((seat) => ({
              value: seat,
              label: codeLabel(t, 'seats', seat, seat),
            }))}
            style={{ width: '100%' }}
          />
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('councils.conveneTitle')}
        subtitle={t('councils.conveneSubtitle')}
        trail={[{ label: t('nav.councils'), to: '/council-meetings' }]}
      />
      <Form<ConveneValues>
        form={form}
        layout="vertical"
        disabled={busy}
        initialValues={{
          unitId: councils[0]?.unitId,
          title: t('councils.defaultTitle', { year: dayjs().year() }),
          date: soon(),
          time: soon(),
        }}
        onFinish={(values) => void convene(values)}
      >
        <Card title={t('councils.sessionSection')} className="detail-section">
          <div className="form-grid">
            <Form.Item name="unitId" label={t('councils.council')} rules={[{ required: true }]}>
              <Select
                options={councils.map((grant) => ({
                  value: grant.unitId,
                  label: t('councils.councilOf', { unit: grant.unitName ?? '' }),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="title"
              className="form-grid-wide"
              label={t('councils.meetingTitle')}
              rules={[{ required: true, whitespace: true, message: t('councils.titleRequired') }]}
            >
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item
              name="date"
              label={t('councils.date')}
              rules={[{ required: true, message: t('councils.dateRequired') }]}
            >
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="time"
              label={t('councils.time')}
              extra={t('councils.timeHint')}
              rules={[{ required: true, message: t('councils.timeRequired') }]}
            >
              <TimePicker
                format="HH:mm"
                minuteStep={1}
                needConfirm={false}
                style={{ width: '100%' }}
              />
            </Form.Item>
            <Form.Item
              name="location"
              className="form-grid-wide"
              label={t('councils.location')}
              rules={[
                { required: true, whitespace: true, message: t('councils.locationRequired') },
              ]}
            >
              <Input maxLength={300} placeholder={t('councils.locationPlaceholder')} />
            </Form.Item>
          </div>
        </Card>
        <Card
          title={t('councils.membersSection', { count: chosen.length })}
          className="detail-section"
        >
          <Typography.Paragraph type="secondary">{t('councils.rosterHint')}</Typography.Paragraph>
          {roster.error ? (
            <ApiErrorAlert error={roster.error} />
          ) : (
            <Table<RosterMember>
              rowKey="userId"
              size="small"
              loading={roster.isPending}
              columns={columns}
              dataSource={roster.data?.items ?? []}
              pagination={false}
              scroll={{ x: 520 }}
            />
          )}
          {problems.length > 0 && !roster.isPending && (
            <Alert
              type="warning"
              showIcon
              className="form-notice"
              title={problems.map((problem) => t(`councils.seatProblems.${problem}`)).join(' ')}
            />
          )}
        </Card>
        {error !== null && <ApiErrorAlert error={error} />}
        <div className="form-actions">
          <Link to="/council-meetings">
            <Button>{t('common.cancel')}</Button>
          </Link>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SendOutlined />}
            loading={busy}
            disabled={problems.length > 0}
          >
            {t('councils.conveneAndInvite')}
          </Button>
        </div>
      </Form>
    </>
  );
}
