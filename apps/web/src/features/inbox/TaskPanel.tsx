import {
  CheckOutlined,
  MinusCircleOutlined,
  PlusOutlined,
  UserSwitchOutlined,
} from '../../components/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Divider,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { ApiError } from '../../api/errors';
import { queryKeys, type Task, useAwardNames, useDossier } from '../../api/queries';
import { can } from '../../auth/session';
import { useMe } from '../../auth/useSession';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DeadlineTag } from '../../components/DeadlineTag';
import { formatIsoDate, formatMoney, localized } from '../../format/format';
import { CentralOutcomeForm } from './CentralOutcomeForm';
import { OTHER_ITEM, type ReviewFormValues, reviewOutcome } from './task-outcomes';

/** Task types this part of the app completes here; councils' tasks get their own screens. */
const HANDLED = new Set([
  'dossier.review',
  'dossier.decision',
  'dossier.objection-review',
  'dossier.central-outcome',
]);

/**
 * One task, to act on: claim or give it back, assign it (heads), and complete it with the form its
 * type needs. Refusals from the API (someone else holds it, it is not for you, the outcome does not
 * fit) appear here, in the person's language, beside the action.
 */
export function TaskPanel({ task, onClose }: { task: Task; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const me = useMe();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const dossier = useDossier(task.dossier?.id);
  const awardName = useAwardNames();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const heldByMe = task.assigneeId === me.id;
  const heldByOther = task.assigneeId !== null && task.assigneeId !== undefined && !heldByMe;

  const refreshAll = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.tasks }),
      queryClient.invalidateQueries({ queryKey: queryKeys.dossiers }),
    ]);
  };

  const act = async (action: () => Promise<unknown>, success: string) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      void message.success(success);
      await refreshAll();
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const claim = () =>
    act(
      () => call(api.POST('/api/v1/tasks/{id}/claim', { params: { path: { id: task.id } } })),
      t('task.claimed'),
    );
  const unclaim = () =>
    act(
      () => call(api.POST('/api/v1/tasks/{id}/unclaim', { params: { path: { id: task.id } } })),
      t('task.unclaimed'),
    );
  const complete = async (outcome: Record<string, unknown>, success: string) => {
    if (
      await act(
        () =>
          call(
            api.POST('/api/v1/tasks/{id}/complete', {
              params: { path: { id: task.id } },
              body: { outcome },
            }),
          ),
        success,
      )
    )
      setDone(success);
  };

  const checklist = dossier.data?.checklist ?? [];
  // The leader decides knowing how the council voted.
  const councilVote =
    task.type === 'dossier.decision'
      ? [...(dossier.data?.timeline ?? [])]
          .reverse()
          .find((event) => event.type === 'council.voted')
      : undefined;

  return (
    <div className="task-panel">
      <Descriptions
        column={1}
        size="small"
        items={[
          ...(task.dossier
            ? [
                {
                  key: 'dossier',
                  label: t('task.dossier'),
                  children: (
                    <Link to={`/dossiers/${task.dossier.code}`}>
                      {task.dossier.code} · {task.dossier.nominee.name}
                    </Link>
                  ),
                },
                {
                  key: 'award',
                  label: t('task.award'),
                  children: `${awardName(task.dossier.awardCode, lang)} – ${task.dossier.year}`,
                },
              ]
            : [{ key: 'subject', label: t('task.subject'), children: task.subject.label }]),
          { key: 'unit', label: t('task.unit'), children: task.subject.unitName ?? '—' },
          {
            key: 'due',
            label: t('task.due'),
            children: task.dueAt ? (
              <DeadlineTag dueAt={task.dueAt} workingDaysLeft={task.workingDaysLeft} />
            ) : (
              t('task.noDeadline')
            ),
          },
          {
            key: 'holder',
            label: t('task.holder'),
            children: task.assigneeName ?? t('task.nobody'),
          },
          ...(councilVote
            ? [
                {
                  key: 'council',
                  label: t('task.councilVote'),
                  children: t(
                    councilVote.data.passed === true
                      ? 'timeline.votePassed'
                      : 'timeline.voteFailed',
                    {
                      votesFor: Number(councilVote.data.votesFor ?? 0),
                      members: Number(councilVote.data.membersTotal ?? 0),
                    },
                  ),
                },
              ]
            : []),
        ]}
      />
      {done ? (
        <Alert
          type="success"
          showIcon
          message={done}
          action={<Button onClick={onClose}>{t('common.close')}</Button>}
        />
      ) : (
        <>
          <Space wrap className="task-claim">
            {!task.assigneeId && (
              <Button onClick={() => void claim()} loading={busy}>
                {t('task.claim')}
              </Button>
            )}
            {heldByMe && (
              <Button onClick={() => void unclaim()} loading={busy}>
                {t('task.unclaim')}
              </Button>
            )}
            {heldByOther && (
              <Typography.Text type="warning">
                {t('task.heldByOther', { name: task.assigneeName ?? '' })}
              </Typography.Text>
            )}
          </Space>
          {can(me, 'task:assign') && <AssignTask task={task} onAssigned={refreshAll} />}
          <Divider />
          {error !== null && <ApiErrorAlert error={error} />}
          {task.type === 'dossier.review' && (
            <ReviewForm
              checklist={checklist.map((item) => ({
                code: item.code,
                name: localized(item.name, lang),
                provided: item.provided,
              }))}
              busy={busy}
              error={error}
              onSubmit={(values) =>
                void complete(reviewOutcome(values), t(`task.reviewDone.${values.decision}`))
              }
            />
          )}
          {task.type === 'dossier.decision' && (
            <DecisionForm
              busy={busy}
              onSubmit={(outcome, success) => void complete(outcome, success)}
            />
          )}
          {task.type === 'dossier.central-outcome' && (
            <CentralOutcomeForm
              busy={busy}
              onSubmit={(outcome, success) => void complete(outcome, success)}
            />
          )}
          {task.type === 'dossier.objection-review' && (
            <ObjectionForm
              busy={busy}
              onSubmit={(outcome) => void complete(outcome, t('task.objectionDone'))}
            />
          )}
          {task.type === 'dossier.supplement' && (
            <Alert
              type="info"
              showIcon
              message={t('task.supplementHere')}
              action={
                task.dossier ? (
                  <Link to={`/dossiers/${task.dossier.code}`}>
                    <Button type="primary">{t('task.openDossier')}</Button>
                  </Link>
                ) : undefined
              }
            />
          )}
          {task.subject.type === 'complaint' && (
            <Alert
              type="info"
              showIcon
              message={t('complaints.inComplaint')}
              action={
                <Link to={`/complaints/${task.subject.id}`}>
                  <Button type="primary">{t('complaints.open')}</Button>
                </Link>
              }
            />
          )}
          {task.subject.type === 'cluster-year' && (
            <Link to={`/clusters/years/${task.subject.id}`}>
              <Button type="primary">{t('task.openCluster')}</Button>
            </Link>
          )}
          {!HANDLED.has(task.type) &&
            task.type !== 'dossier.supplement' &&
            task.subject.type !== 'complaint' &&
            task.subject.type !== 'cluster-year' && (
              <Alert type="info" showIcon message={t('task.elsewhere')} />
            )}
        </>
      )}
      {done && task.type === 'dossier.decision' && dossier.data && (
        <DecisionResult code={dossier.data.code} />
      )}
    </div>
  );
}

/** After approval: the decision's number and a link to the dossier, where its documents are. */
function DecisionResult({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const fresh = useDossier(code);
  const decision = fresh.data?.decision;
  if (!decision) return null;
  return (
    <Alert
      className="decision-result"
      type="success"
      message={t('task.decisionIssued', {
        number: decision.number,
        date: formatIsoDate(decision.signedOn),
        bonus: formatMoney(decision.bonusVnd, lang),
      })}
      action={
        <Link to={`/dossiers/${code}`}>
          <Button>{t('task.openDossier')}</Button>
        </Link>
      }
    />
  );
}

function AssignTask({ task, onAssigned }: { task: Task; onAssigned: () => Promise<void> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [person, setPerson] = useState<string>();
  const [error, setError] = useState<unknown>(null);
  const candidates = useQuery({
    queryKey: ['task-candidates', task.id],
    queryFn: () =>
      call(api.GET('/api/v1/tasks/{id}/candidates', { params: { path: { id: task.id } } })),
  });
  if ((candidates.data?.items.length ?? 0) === 0) return null;
  const assign = async () => {
    if (!person) return;
    setError(null);
    try {
      await call(
        api.POST('/api/v1/tasks/{id}/assign', {
          params: { path: { id: task.id } },
          body: { assigneeId: person },
        }),
      );
      void message.success(t('task.assigned'));
      await onAssigned();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <div className="task-assign">
      <Space.Compact style={{ width: '100%' }}>
        <Select
          aria-label={t('task.assignTo')}
          placeholder={t('task.assignTo')}
          value={person}
          onChange={setPerson}
          style={{ width: '100%' }}
          options={candidates.data?.items.map((candidate) => ({
            value: candidate.userId,
            label: `${candidate.fullName} – ${candidate.workUnitName}`,
          }))}
        />
        <Button icon={<UserSwitchOutlined />} onClick={() => void assign()} disabled={!person}>
          {t('task.assign')}
        </Button>
      </Space.Compact>
      {error !== null && <ApiErrorAlert error={error} />}
    </div>
  );
}

/** The reviewer's outcome: accept, return with the items to supplement and a deadline, or reject. */
function ReviewForm({
  checklist,
  busy,
  error,
  onSubmit,
}: {
  checklist: { code: string; name: string; provided: boolean }[];
  busy: boolean;
  error: unknown;
  onSubmit: (values: ReviewFormValues) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ReviewFormValues>();
  const decision = Form.useWatch('decision', form);
  const fieldErrors = error instanceof ApiError ? error.fields : [];
  const itemOptions = [
    ...checklist.map((item) => ({
      value: item.code,
      label: item.provided ? item.name : `${item.name} (${t('task.notProvided')})`,
    })),
    { value: OTHER_ITEM, label: t('task.otherItem') },
  ];
  return (
    <Form<ReviewFormValues>
      form={form}
      layout="vertical"
      initialValues={{ decision: 'accept', deadlineWorkingDays: 10, items: [{}] }}
      onFinish={onSubmit}
      disabled={busy}
    >
      <Form.Item name="decision" label={t('task.reviewDecision')}>
        <Radio.Group className="decision-choice" buttonStyle="solid">
          <Radio.Button value="accept">{t('task.accept')}</Radio.Button>
          <Radio.Button value="return">{t('task.return')}</Radio.Button>
          <Radio.Button value="reject">{t('task.reject')}</Radio.Button>
        </Radio.Group>
      </Form.Item>
      {decision === 'accept' && (
        <Form.Item name="note" label={t('task.note')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      )}
      {decision === 'return' && (
        <>
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <fieldset className="record-list">
                <legend>{t('task.returnItems')}</legend>
                {fields.map((field, index) => (
                  <div key={field.key} className="return-item">
                    <Form.Item
                      name={[field.name, 'item']}
                      label={t('task.item', { index: index + 1 })}
                      rules={[{ required: true, message: t('task.itemRequired') }]}
                    >
                      <Select options={itemOptions} />
                    </Form.Item>
                    <Form.Item noStyle shouldUpdate>
                      {() =>
                        form.getFieldValue(['items', field.name, 'item']) === OTHER_ITEM ? (
                          <Form.Item
                            name={[field.name, 'other']}
                            label={t('task.otherItemName')}
                            rules={[
                              { required: true, whitespace: true, message: t('task.itemRequired') },
                            ]}
                          >
                            <Input maxLength={200} />
                          </Form.Item>
                        ) : null
                      }
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'reason']}
                      label={t('task.itemReason')}
                      rules={[
                        { required: true, whitespace: true, message: t('task.reasonRequired') },
                      ]}
                    >
                      <Input.TextArea rows={2} maxLength={1000} />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button
                        type="text"
                        danger
                        icon={<MinusCircleOutlined />}
                        onClick={() => remove(field.name)}
                      >
                        {t('task.removeItem')}
                      </Button>
                    )}
                  </div>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({})}>
                  {t('task.addItem')}
                </Button>
              </fieldset>
            )}
          </Form.List>
          <Form.Item
            name="deadlineWorkingDays"
            label={t('task.deadlineWorkingDays')}
            extra={t('task.deadlineHint')}
            validateStatus={
              fieldErrors.some((problem) => problem.field.includes('deadline'))
                ? 'error'
                : undefined
            }
          >
            <InputNumber min={1} max={60} />
          </Form.Item>
        </>
      )}
      {decision === 'reject' && (
        <Form.Item
          name="reason"
          label={t('task.rejectReason')}
          rules={[{ required: true, whitespace: true, message: t('task.reasonRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" icon={<CheckOutlined />} loading={busy} size="large">
        {t('task.send')}
      </Button>
    </Form>
  );
}

/** The leader's decision on one dossier: approve (the decision is numbered and signed) or refuse. */
function DecisionForm({
  busy,
  onSubmit,
}: {
  busy: boolean;
  onSubmit: (outcome: Record<string, unknown>, success: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ decision: 'approve' | 'refuse'; note?: string; reason?: string }>();
  const decision = Form.useWatch('decision', form);
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ decision: 'approve' }}
      disabled={busy}
      onFinish={(values) =>
        onSubmit(
          values.decision === 'approve'
            ? { decision: 'approve', ...(values.note?.trim() ? { note: values.note.trim() } : {}) }
            : { decision: 'refuse', reason: (values.reason ?? '').trim() },
          values.decision === 'approve' ? t('task.approved') : t('task.refused'),
        )
      }
    >
      <Form.Item name="decision" label={t('task.leaderDecision')}>
        <Radio.Group className="decision-choice" buttonStyle="solid">
          <Radio.Button value="approve">{t('task.approve')}</Radio.Button>
          <Radio.Button value="refuse">{t('task.refuse')}</Radio.Button>
        </Radio.Group>
      </Form.Item>
      {decision === 'approve' ? (
        <>
          <Alert type="info" showIcon message={t('task.approveHint')} className="form-notice" />
          <Form.Item name="note" label={t('task.note')}>
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
        </>
      ) : (
        <Form.Item
          name="reason"
          label={t('task.refuseReason')}
          rules={[{ required: true, whitespace: true, message: t('task.reasonRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" icon={<CheckOutlined />} loading={busy} size="large">
        {decision === 'refuse' ? t('task.refuse') : t('task.signApproval')}
      </Button>
    </Form>
  );
}

/** The reviewers' examination of an objection raised during public disclosure. */
function ObjectionForm({
  busy,
  onSubmit,
}: {
  busy: boolean;
  onSubmit: (outcome: Record<string, unknown>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Form
      layout="vertical"
      initialValues={{ decision: 'dismiss' }}
      disabled={busy}
      onFinish={(values: { decision: string; reason: string }) =>
        onSubmit({ decision: values.decision, reason: values.reason.trim() })
      }
    >
      <Form.Item name="decision" label={t('task.objectionDecision')}>
        <Radio.Group buttonStyle="solid">
          <Radio.Button value="dismiss">{t('task.dismiss')}</Radio.Button>
          <Radio.Button value="uphold">{t('task.uphold')}</Radio.Button>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('task.reason')}
        rules={[{ required: true, whitespace: true, message: t('task.reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('task.send')}
      </Button>
    </Form>
  );
}
