import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  log,
  proxyActivities,
  setHandler,
  sleep,
  workflowInfo,
} from '@temporalio/workflow';
import {
  addPlanItemUpdate,
  calendarChangedSignal,
  completePlanItemSignal,
  completeTaskUpdate,
  planStateQuery,
  planWindowTaskKey,
  PlanRole,
  revisePlanItemUpdate,
  type AnnualPlanOutcome,
  type AnnualPlanState,
  type AnnualPlanWorkflowInput,
  type InboxActivities,
  type NotificationActivities,
  type NotificationRequest,
  type PlanActivities,
  type PlanItemChange,
  type QuarterSummary,
  type TaskCompletion,
  nonRetryable,
  PlanTaskType,
  TaskSubjectType,
} from '@tdkt/contracts';
import {
  planItemOutcome,
  tallyOutcomes,
  vietnamDateOfEpochMillis,
  type PlanScheduleRequest,
  type QuarterSchedule,
} from '@tdkt/domain';
import { holdingForAdministrator } from '../shared/hold-for-administrator';
import { createPlanClock } from './plan-clock';
import { assertAddable, assertRevisable, type PlanChangeContext } from './plan-item-change-rules';
import {
  applySchedule,
  itemView,
  newItemState,
  noticesOf,
  noticeStatusOf,
  type PlanItemState,
} from './plan-item-state';
import {
  draftReadyRequest,
  itemNoticeRequest,
  quarterSummaryRequest,
  windowOpenedRequest,
} from './plan-notifications';

const { computePlanSchedule } = proxyActivities<Pick<PlanActivities, 'computePlanSchedule'>>({
  startToCloseTimeout: '10 seconds',
  // Pure computation: a failure is a bad request, and retrying cannot fix it.
  retry: { maximumAttempts: 3, nonRetryableErrorTypes: nonRetryable('DOMAIN_VALIDATION_FAILED') },
});

// The read model must eventually hold what the plan did: retry through database outages, and hold
// for an administrator what fails on its input.
const readModel = holdingForAdministrator(
  proxyActivities<Omit<PlanActivities, 'computePlanSchedule'>>({
    startToCloseTimeout: '30 seconds',
    retry: {
      initialInterval: '1 second',
      backoffCoefficient: 2,
      maximumInterval: '1 minute',
      nonRetryableErrorTypes: nonRetryable('PLAN_NOT_FOUND', 'VALIDATION_FAILED'),
    },
  }),
);

const inbox = holdingForAdministrator(
  proxyActivities<InboxActivities>({
    startToCloseTimeout: '30 seconds',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
  }),
);

const { sendNotification } = proxyActivities<NotificationActivities>({
  startToCloseTimeout: '2 minutes',
  // About an hour of retries (SMTP or a webhook down); then the plan records the failure and goes on.
  retry: {
    initialInterval: '10 seconds',
    backoffCoefficient: 2,
    maximumInterval: '10 minutes',
    maximumAttempts: 10,
    nonRetryableErrorTypes: nonRetryable('VALIDATION_FAILED'),
  },
});

/**
 * One yearly plan (kế hoạch thi đua, khen thưởng), from issue to year end. Every item has its own
 * durable timers: reminders to the owner's officers on working days before the due date, an overdue
 * notice to the owner's head and the standing body, and for window kinds the opening and closing of
 * a dossier-collection or registration window with one inbox task per participant. After each quarter
 * a summary is saved and sent; after the last, next year's draft is created for the standing body.
 *
 * Started after some dates have passed (e.g. the 2024 seed plan loaded today), it skips reminders
 * already past, sends one overdue notice per item already overdue, skips windows already closed and
 * sends each past quarter's summary once, in order.
 */
export async function annualPlanWorkflow(
  input: AnnualPlanWorkflowInput,
): Promise<AnnualPlanOutcome> {
  const clock = createPlanClock(input.startAsOf);
  const { workflowId } = workflowInfo();
  const items = new Map(input.items.map((snapshot) => [snapshot.key, newItemState(snapshot)]));
  let quarters: (QuarterSchedule & { summarized: boolean })[] = [];
  let scheduled = false;
  let editing = false;
  let draftPlanId: string | null = null;
  let failedNotifications = 0;
  let finished = false;
  /** The latest holiday publication applied to the items' notices. */
  let calendarRevision = 0;
  const runners = new Set<Promise<void>>();

  const changeContext = (): PlanChangeContext => ({
    year: input.year,
    today: clock.today(),
    items,
    summarizedQuarters: new Set(quarters.filter((q) => q.summarized).map((q) => q.quarter)),
  });

  async function notify(request: NotificationRequest): Promise<boolean> {
    try {
      await sendNotification(request);
      return true;
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
      failedNotifications += 1;
      log.warn('notification not delivered', { key: request.idempotencyKey, cause: error.message });
      return false;
    }
  }

  /** Reminders and the overdue notice of one schedule generation; a newer generation takes over. */
  async function runNotices(state: PlanItemState, generation: number): Promise<void> {
    const superseded = () => state.generation !== generation;
    for (const notice of noticesOf(state)) {
      if (noticeStatusOf(state, notice) !== 'PENDING') continue;
      const wait = clock.msUntil(notice.at);
      if (wait > 0) {
        if (await condition(() => superseded() || state.completion !== null, wait)) return;
      } else if (notice.kind === 'reminder') {
        // Reached after its time (a late start or a moved item): a stale reminder helps nobody.
        state.noticeStatus.set(notice.id, 'SKIPPED');
        continue;
      }
      if (superseded() || state.completion !== null) return;
      const delivered = await notify(itemNoticeRequest(input, state, notice));
      state.noticeStatus.set(notice.id, delivered ? 'SENT' : 'FAILED');
    }
  }

  /** Opens the item's window with a task per participant, and closes it at the end of the due day. */
  async function runWindow(state: PlanItemState, generation: number): Promise<void> {
    const window = state.window;
    if (window === null) return;
    const superseded = () => state.generation !== generation;
    const settled = () => superseded() || state.completion !== null;
    if (window.status === 'PENDING') {
      if (clock.msUntil(window.closesAt) <= 0 || state.completion !== null) {
        window.status = 'SKIPPED';
        return;
      }
      const wait = clock.msUntil(window.opensAt);
      if (wait > 0 && (await condition(settled, wait))) {
        if (!superseded()) window.status = 'SKIPPED';
        return;
      }
      await openWindow(state);
    }
    if (window.status !== 'OPEN') return;
    const wait = clock.msUntil(window.closesAt);
    if (wait > 0 && (await condition(settled, wait)) && superseded()) return;
    await closeWindow(state);
  }

  async function openWindow(state: PlanItemState): Promise<void> {
    const window = state.window!;
    window.status = 'OPEN';
    await readModel.recordPlanWindow(windowRecord(state));
    await Promise.all(
      state.item.participantUnitIds.map(async (unitId) => {
        window.tasks.set(unitId, 'OPEN');
        await inbox.openTask({
          workflowId,
          taskKey: planWindowTaskKey(state.item.key, unitId),
          type:
            state.item.kind === 'registration'
              ? PlanTaskType.emulationRegistration
              : PlanTaskType.dossierCollection,
          title: windowTaskTitle(state),
          subject: {
            type: TaskSubjectType.planItem,
            id: `${input.planId}:${state.item.key}`,
            label: state.item.text.vi,
            unitId,
          },
          candidates: { role: PlanRole.officer, unitId },
          dueAt: window.closesAt,
          details: {
            planId: input.planId,
            itemKey: state.item.key,
            ownerUnitId: state.item.ownerUnitId,
          },
        });
      }),
    );
    if (state.item.participantUnitIds.length > 0) await notify(windowOpenedRequest(input, state));
  }

  async function closeWindow(state: PlanItemState): Promise<void> {
    const window = state.window!;
    window.status = 'CLOSED';
    await Promise.all(
      [...window.tasks].flatMap(([unitId, status]) => {
        if (status !== 'OPEN') return [];
        window.tasks.set(unitId, 'CANCELLED');
        return [
          inbox.closeTask({
            workflowId,
            taskKey: planWindowTaskKey(state.item.key, unitId),
            status: 'CANCELLED',
            closedBy: null,
            outcome: { reason: state.completion === null ? 'window-closed' : 'item-completed' },
          }),
        ];
      }),
    );
    await readModel.recordPlanWindow(windowRecord(state));
  }

  function windowRecord(state: PlanItemState) {
    const window = state.window!;
    return {
      planId: input.planId,
      itemKey: state.item.key,
      kind:
        state.item.kind === 'registration'
          ? ('emulation-registration' as const)
          : ('dossier-collection' as const),
      opensAt: window.opensAt,
      closesAt: window.closesAt,
      status: window.status === 'OPEN' ? ('OPEN' as const) : ('CLOSED' as const),
    };
  }

  function windowTaskTitle(state: PlanItemState) {
    return state.item.kind === 'registration'
      ? {
          vi: `Đăng ký thi đua năm ${input.year + 1}: ${state.item.text.vi}`,
          en: `Emulation registration for ${input.year + 1}: ${state.item.text.en}`,
        }
      : {
          vi: `Nộp hồ sơ: ${state.item.text.vi}`,
          en: `Submit dossiers: ${state.item.text.en}`,
        };
  }

  function startRunners(state: PlanItemState): void {
    for (const run of [runNotices, runWindow]) {
      const runner = run(state, state.generation).finally(() => runners.delete(runner));
      runners.add(runner);
    }
  }

  function scheduleRequest(items: PlanItemState['item'][]): PlanScheduleRequest {
    return {
      year: input.year,
      reminderOffsets: input.reminderOffsets,
      items: items.map((item) => ({
        key: item.key,
        quarter: item.quarter,
        dueOn: item.dueOn,
        kind: item.kind,
      })),
    };
  }

  /** Overdue notices due by `instant` have gone out (or their items are done), so a summary sees them. */
  function overdueSettledBy(instant: string): boolean {
    return [...items.values()].every(
      (state) =>
        state.completion !== null ||
        noticesOf(state).every(
          (notice) =>
            notice.kind !== 'overdue' ||
            Date.parse(notice.at) > Date.parse(instant) ||
            noticeStatusOf(state, notice) !== 'PENDING',
        ),
    );
  }

  function summarize(quarter: QuarterSchedule): QuarterSummary {
    const asOf = quarter.summary.on;
    const quarterItems = [...items.values()]
      .filter((state) => state.item.quarter === quarter.quarter)
      .map((state) => {
        const completedOn =
          state.completion === null
            ? null
            : vietnamDateOfEpochMillis(Date.parse(state.completion.completedAt));
        return {
          itemKey: state.item.key,
          ownerUnitId: state.item.ownerUnitId,
          ownerName: state.item.ownerName,
          dueOn: state.item.dueOn,
          completedOn,
          outcome: planItemOutcome(state.item.dueOn, completedOn, asOf),
        };
      });
    const { owners, totals } = tallyOutcomes(quarterItems);
    return {
      planId: input.planId,
      year: input.year,
      quarter: quarter.quarter,
      asOf,
      items: quarterItems.map(({ ownerName: _ownerName, ...item }) => item),
      owners: owners.map((owner) => ({
        ...owner,
        ownerName: quarterItems.find((i) => i.ownerUnitId === owner.ownerUnitId)!.ownerName,
      })),
      totals,
    };
  }

  async function withEditLock<T>(work: () => Promise<T>): Promise<T> {
    await condition(() => scheduled && !editing);
    editing = true;
    try {
      return await work();
    } finally {
      editing = false;
    }
  }

  /** Moves a window's open tasks when its closing instant moved. */
  async function rescheduleWindowTasks(state: PlanItemState, previousClose: string | undefined) {
    if (state.window?.status !== 'OPEN' || state.window.closesAt === previousClose) return;
    await Promise.all(
      [...state.window.tasks]
        .filter(([, status]) => status === 'OPEN')
        .map(([unitId]) =>
          inbox.rescheduleTask({
            workflowId,
            taskKey: planWindowTaskKey(state.item.key, unitId),
            dueAt: state.window!.closesAt,
          }),
        ),
    );
  }

  /**
   * A holiday schedule was published: the open items' reminders and overdue notices are computed
   * again on the calendar now in effect, and those that moved are rescheduled (a notice already
   * sent keeps its status, so nothing goes out twice).
   */
  async function applyCalendar(): Promise<void> {
    const open = [...items.values()].filter((state) => state.completion === null);
    if (open.length === 0) return;
    const fresh = await computePlanSchedule(scheduleRequest(open.map((state) => state.item)));
    for (const state of open) {
      const next = fresh.items[state.item.key];
      if (next === undefined || JSON.stringify(next) === JSON.stringify(state.schedule)) continue;
      const previousClose = state.window?.closesAt;
      applySchedule(state, next);
      await rescheduleWindowTasks(state, previousClose);
      startRunners(state);
    }
  }

  async function applyChange(change: PlanItemChange, existing: PlanItemState | undefined) {
    const state = existing ?? newItemState({ ...change.item, completion: null, revision: 0 });
    const [schedule] = Object.values(
      (await computePlanSchedule(scheduleRequest([change.item]))).items,
    );
    const revision = state.revision + 1;
    await readModel.recordPlanItemRevision({ planId: input.planId, change, revision });
    const previousClose = state.window?.closesAt;
    state.item = change.item;
    state.revision = revision;
    applySchedule(state, schedule!);
    items.set(state.item.key, state);
    await rescheduleWindowTasks(state, previousClose);
    startRunners(state);
    return itemView(state);
  }

  setHandler(planStateQuery, (): AnnualPlanState => ({
    planId: input.planId,
    year: input.year,
    planNow: clock.nowIso(),
    items: [...items.values()].map(itemView),
    quarters: quarters.map((q) => ({
      quarter: q.quarter,
      summaryAt: q.summary.at,
      summarized: q.summarized,
    })),
    draftPlanId,
    failedNotifications,
    finished,
  }));

  setHandler(calendarChangedSignal, async (change) => {
    if (change.revision <= calendarRevision || finished) return;
    calendarRevision = change.revision;
    await withEditLock(applyCalendar);
  });

  setHandler(completePlanItemSignal, async (signal) => {
    const state = items.get(signal.itemKey);
    if (state === undefined || state.completion !== null) return;
    // The API stamps the time; a clock ahead of the plan's (or a plan run "as of" the past) is capped.
    const completedAt = new Date(
      Math.min(Date.parse(signal.completedAt), clock.nowMs()),
    ).toISOString();
    state.completion = { ...signal, completedAt };
    for (const notice of noticesOf(state)) {
      if (noticeStatusOf(state, notice) === 'PENDING') state.noticeStatus.set(notice.id, 'SKIPPED');
    }
    await readModel.recordPlanItemCompletion({
      planId: input.planId,
      itemKey: signal.itemKey,
      completion: {
        completedAt,
        completedBy: signal.completedBy,
        // Activity input only (no new command), so recorded histories replay unchanged.
        completedAs: signal.completedAs ?? null,
        evidence: signal.evidence,
        note: signal.note,
      },
      requestId: signal.requestId,
    });
  });

  setHandler(
    addPlanItemUpdate,
    (change) =>
      withEditLock(() => {
        assertAddable(changeContext(), change);
        return applyChange(change, undefined);
      }),
    { validator: (change: PlanItemChange) => assertAddable(changeContext(), change) },
  );

  setHandler(
    revisePlanItemUpdate,
    (change) =>
      withEditLock(() => {
        assertRevisable(changeContext(), change);
        return applyChange(change, items.get(change.item.key));
      }),
    { validator: (change: PlanItemChange) => assertRevisable(changeContext(), change) },
  );

  setHandler(
    completeTaskUpdate,
    async (completion) => {
      const [, itemKey, unitId] = completion.taskKey.split(':') as [string, string, string];
      const window = items.get(itemKey)!.window!;
      window.tasks.set(unitId, 'COMPLETED');
      await inbox.closeTask({
        workflowId,
        taskKey: completion.taskKey,
        status: 'COMPLETED',
        closedBy: completion.actor.userId,
        outcome: completion.outcome,
      });
      return { accepted: true as const, stage: 'WINDOW_OPEN' };
    },
    {
      validator: (completion: TaskCompletion) => {
        const [prefix, itemKey = '', unitId = ''] = completion.taskKey.split(':');
        const window = items.get(itemKey)?.window;
        if (
          prefix !== 'window' ||
          window?.status !== 'OPEN' ||
          window.tasks.get(unitId) !== 'OPEN'
        ) {
          throw ApplicationFailure.create({
            type: 'PLAN_WINDOW_CLOSED',
            message: `task ${completion.taskKey} is not open`,
            nonRetryable: true,
          });
        }
        if (!completion.actor.roles.includes(PlanRole.officer)) {
          throw ApplicationFailure.create({
            type: 'FORBIDDEN',
            message: `completing ${completion.taskKey} needs the ${PlanRole.officer} role`,
            nonRetryable: true,
          });
        }
      },
    },
  );

  const schedule = await computePlanSchedule(
    scheduleRequest([...items.values()].map((s) => s.item)),
  );
  for (const state of items.values()) {
    applySchedule(state, schedule.items[state.item.key]!);
    startRunners(state);
  }
  quarters = schedule.quarters.map((quarter) => ({ ...quarter, summarized: false }));
  scheduled = true;

  for (const quarter of quarters) {
    const wait = clock.msUntil(quarter.summary.at);
    if (wait > 0) await sleep(wait);
    await condition(() => overdueSettledBy(quarter.summary.at));
    const summary = summarize(quarter);
    await readModel.recordQuarterSummary(summary);
    quarter.summarized = true;
    await notify(quarterSummaryRequest(input, summary));
  }

  const draft = await readModel.createNextYearDraft({ planId: input.planId });
  draftPlanId = draft.draftPlanId;
  await notify(draftReadyRequest(input, draft.draftPlanId, draft.items));

  await condition(() => runners.size === 0 && !editing && allHandlersFinished());
  await readModel.closePlan({ planId: input.planId });
  finished = true;
  const states = [...items.values()];
  return {
    itemsDone: states.filter((s) => s.completion !== null).length,
    itemsOpen: states.filter((s) => s.completion === null).length,
    quarterSummaries: quarters.filter((q) => q.summarized).length,
    draftPlanId,
  };
}
