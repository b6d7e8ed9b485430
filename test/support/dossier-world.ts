import { readFileSync } from 'node:fs';
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import {
  type CloseTaskCommand,
  completeTaskUpdate,
  type DecisionActivities,
  type InitiativeDecision,
  type IssuedDecision,
  type DossierActivities,
  type DossierProjection,
  type DossierWorkflow,
  type DossierWorkflowInput,
  type InboxActivities,
  type NotificationActivities,
  type NotificationRequest,
  type OpenTaskCommand,
  type TaskActor,
} from '@tdkt/contracts';
import {
  awardOf,
  computeStepSchedule,
  getRuleSet,
  HolidayCalendar,
  type AwardCode,
} from '@tdkt/domain';
import { planDossierRoute, type UnitOnPath } from '@tdkt/server-feature-dossier';
import { TEST_ENV, testEnv } from './test-env';

/** The organisation the workflow tests use: a school under a district under a province. */
export const UNITS = {
  school: {
    id: 'unit-school',
    name: 'Trường Tiểu học Long Giao',
    level: 'school',
    externalEndpointUrl: null,
  },
  district: {
    id: 'unit-district',
    name: 'UBND huyện Cẩm Mỹ',
    level: 'district',
    externalEndpointUrl: null,
  },
  province: {
    id: 'unit-province',
    name: 'UBND tỉnh Đồng Nai',
    level: 'province',
    externalEndpointUrl: null,
  },
} satisfies Record<string, UnitOnPath>;

export const PEOPLE = {
  author: { userId: 'user-author', roles: ['UNIT_OFFICER'] },
  districtReviewer: { userId: 'user-district-reviewer', roles: ['REVIEWER'] },
  provinceReviewer: { userId: 'user-province-reviewer', roles: ['REVIEWER'] },
  chairman: { userId: 'user-chairman', roles: ['LEADER'] },
  governor: { userId: 'user-governor', roles: ['LEADER'] },
} satisfies Record<string, TaskActor>;

let sequence = 0;

/** A submitted dossier's workflow input, routed by the real rules (VN-2024 unless said otherwise). */
export function dossierInput(
  awardCode: AwardCode,
  options: {
    ruleSetId?: string;
    chain?: UnitOnPath[];
    pendingInitiatives?: { id: string; title: string }[];
    /** Whether the nominees are disclosed; `'route'` takes what the award's rules say. */
    disclosure?: boolean | 'route';
  } = {},
): DossierWorkflowInput {
  sequence += 1;
  const ruleSet = getRuleSet(options.ruleSetId ?? 'VN-2024');
  const route = planDossierRoute(
    ruleSet,
    awardCode,
    options.chain ?? [UNITS.school, UNITS.district, UNITS.province],
  );
  return {
    dossierId: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    code: `HS-2027-${String(sequence).padStart(6, '0')}-${Date.now().toString(36)}`,
    year: 2027,
    awardCode,
    awardName: awardOf(ruleSet, awardCode).name,
    ruleSetId: ruleSet.id,
    track: route.track,
    proposingUnit: { id: UNITS.school.id, name: UNITS.school.name, level: route.proposingLevel },
    approvalPath: route.approvalPath,
    authorId: PEOPLE.author.userId,
    nominee: { kind: 'individual', name: 'Nguyễn Thị Lan', gender: 'female' },
    achievementsSummary: 'Giáo viên dạy giỏi',
    council: route.council,
    pendingInitiatives: options.pendingInitiatives ?? [],
    initiativeAuthorIds: [],
    disclosure: {
      ...route.disclosure,
      required:
        options.disclosure === 'route' ? route.disclosure.required : (options.disclosure ?? false),
    },
    timeLimits: route.timeLimits,
    submittedAt: new Date().toISOString(),
    submittedBy: PEOPLE.author.userId,
    requestId: null,
  };
}

/**
 * In-memory stand-ins for the read model, the inbox and the notification service, so that workflow
 * tests observe exactly what the workflow asked for. The calendar is the real one.
 */
export class DossierWorld {
  readonly projections: DossierProjection[] = [];
  readonly opened: OpenTaskCommand[] = [];
  readonly closed: CloseTaskCommand[] = [];
  readonly notifications: NotificationRequest[] = [];
  readonly forwarded: { endpoint: string; level: string; code: string }[] = [];
  /** Decisions issued, by idempotency key: a retried issue answers with the same number. */
  readonly decisions = new Map<string, IssuedDecision>();
  /** Initiatives decided before the dossier looks (their signal reached no workflow). */
  readonly initiativeDecisions: InitiativeDecision[] = [];
  /** Deadlines moved in the inbox. */
  readonly rescheduled: { workflowId: string; taskKey: string; dueAt: string | null }[] = [];
  /** The calendar in effect; a test publishes a schedule by replacing it. */
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN;

  activities(): DossierActivities & InboxActivities & NotificationActivities & DecisionActivities {
    return {
      issueDecision: (request) => {
        const issued = this.decisions.get(request.idempotencyKey) ?? {
          decisionId: request.decisionId,
          number: `${this.decisions.size + 1}/QĐ-UBND`,
          signedOn: '2027-03-10',
          signedBy: request.signedBy,
        };
        this.decisions.set(request.idempotencyKey, issued);
        return Promise.resolve(issued);
      },
      renderDecisionDocuments: () => Promise.resolve({ documentIds: [] }),
      recordDossierSubmitted: () => Promise.resolve(),
      projectDossier: (projection) => {
        this.projections.push(projection);
        return Promise.resolve();
      },
      applyDossierChanges: (changes) => {
        this.closed.push(...changes.closeTasks);
        this.projections.push(...changes.projections);
        if (changes.openTask) this.opened.push(changes.openTask);
        return Promise.resolve();
      },
      scheduleStep: (request) => Promise.resolve(computeStepSchedule(request, this.calendar)),
      forwardToExternalSystem: (request) => {
        this.forwarded.push({
          endpoint: request.endpoint,
          level: request.level,
          code: request.input.code,
        });
        return Promise.resolve({ reference: `EXT-${request.input.code}` });
      },
      openTask: (command) => {
        this.opened.push(command);
        return Promise.resolve({ taskId: `${command.workflowId}/${command.taskKey}` });
      },
      closeTask: (command) => {
        this.closed.push(command);
        return Promise.resolve();
      },
      rescheduleTask: (command) => {
        this.rescheduled.push({
          workflowId: command.workflowId,
          taskKey: command.taskKey,
          dueAt: command.dueAt,
        });
        return Promise.resolve();
      },
      initiativeDecisions: (request) =>
        Promise.resolve(
          this.initiativeDecisions.filter((decision) =>
            request.initiativeIds.includes(decision.initiativeId),
          ),
        ),
      sendNotification: (request) => {
        if (!this.notifications.some((known) => known.idempotencyKey === request.idempotencyKey))
          this.notifications.push(request);
        return Promise.resolve({ delivered: request.recipients.length });
      },
    };
  }

  /** Task keys opened for a workflow, in order. */
  tasksOf(workflowId: string): string[] {
    return this.opened.filter((task) => task.workflowId === workflowId).map((task) => task.taskKey);
  }

  /** Timeline event types projected for a dossier, in order. */
  eventsOf(dossierId: string): string[] {
    return this.projections.filter((p) => p.dossierId === dossierId).map((p) => p.event.type);
  }
}

/** A worker on the time-skipping server running the real workflow bundle against a world's fakes. */
export function dossierTestWorker(
  env: TestWorkflowEnvironment,
  world: DossierWorld,
  taskQueue: string,
): Promise<Worker> {
  return Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: { code: readFileSync(testEnv(TEST_ENV.workflowBundle), 'utf8') },
    activities: world.activities(),
  });
}

/** Starts a dossier workflow and waits until its first review task is in the inbox. */
export async function startDossier(
  env: TestWorkflowEnvironment,
  world: DossierWorld,
  taskQueue: string,
  input: DossierWorkflowInput,
) {
  const handle = await env.client.workflow.start<DossierWorkflow>('dossierWorkflow', {
    workflowId: input.code,
    taskQueue,
    args: [input],
  });
  await waitFor(() => world.tasksOf(input.code).length > 0);
  return handle;
}

/** Completes a task through the workflow's update, as the API does. */
export function complete(
  handle: WorkflowHandle,
  taskKey: string,
  actor: TaskActor,
  outcome: Record<string, unknown>,
) {
  return handle.executeUpdate(completeTaskUpdate, { args: [{ taskKey, actor, outcome }] });
}

/** Polls a condition on the fakes; the worker runs in the same process. */
export async function waitFor(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
