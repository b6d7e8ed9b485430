import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import {
  completeTaskUpdate,
  councilAgendaSignal,
  councilResultSignal,
  supplementUpdate,
  type TaskActor,
} from '@tdkt/contracts';
import { type ManagedProcess, startNodeApp } from '@tdkt/infra';
import { createTestNamespace } from '@tdkt/testing';
import type {
  CouncilBackend,
  DossierHandle,
  OpenTask,
  PathBackend,
  TaskKind,
} from '../path/path-backend';
import { taskOpenedUpdate } from './baseline.messages';

/** Slots and cache of a worker, the same for the engine's worker and the baseline's. */
export interface WorkerSlots {
  maxConcurrentActivities: number;
  maxConcurrentWorkflowTasks: number;
  maxCachedWorkflows: number;
}

const REVIEWER: TaskActor = { userId: 'reviewer', roles: ['REVIEWER'] };
const OFFICER: TaskActor = { userId: 'officer', roles: ['UNIT_OFFICER'] };
const LEADER: TaskActor = { userId: 'leader', roles: ['LEADER'] };
const COUNCIL_MEMBERS = 4;

/**
 * The bare-Temporal baseline driven the way the API drives the engine: the same client calls (start,
 * the `completeTask` and `supplement` updates, the council's signals) on the same server, with a
 * worker process of its own that has the engine worker's slots and cache.
 */
export class BaselineBackend implements PathBackend {
  readonly name = 'baseline';
  readonly council: CouncilBackend;

  private constructor(
    private readonly client: Client,
    private readonly connection: Connection,
    private readonly taskQueue: string,
    readonly worker: ManagedProcess,
  ) {
    this.council = new BaselineCouncil(client);
  }

  static async start(options: {
    temporalAddress: string;
    bundle: string;
    logDir: string;
    slots: WorkerSlots;
  }): Promise<BaselineBackend> {
    const namespace = `baseline-${Date.now().toString(36)}`;
    const taskQueue = namespace;
    const connection = await Connection.connect({ address: options.temporalAddress });
    await createTestNamespace(connection, namespace);
    const worker = startNodeApp(
      'baseline-worker',
      join('bench', 'src', 'baseline', 'baseline-worker.ts'),
      {
        TEMPORAL_ADDRESS: options.temporalAddress,
        TEMPORAL_NAMESPACE: namespace,
        TEMPORAL_TASK_QUEUE: taskQueue,
        WORKFLOW_BUNDLE_PATH: options.bundle,
        WORKER_MAX_CONCURRENT_ACTIVITIES: String(options.slots.maxConcurrentActivities),
        WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: String(options.slots.maxConcurrentWorkflowTasks),
        WORKER_MAX_CACHED_WORKFLOWS: String(options.slots.maxCachedWorkflows),
      },
      options.logDir,
    );
    await worker.waitForLine(/baseline worker started/, 60_000);
    return new BaselineBackend(
      new Client({ connection, namespace }),
      connection,
      taskQueue,
      worker,
    );
  }

  get temporal(): Client {
    return this.client;
  }

  async submit(index: number): Promise<DossierHandle> {
    const workflowId = `BL-${String(index + 1).padStart(6, '0')}`;
    await this.client.workflow.start('baselineDossierWorkflow', {
      workflowId,
      taskQueue: this.taskQueue,
      args: [{ dossierId: workflowId }],
    });
    return { id: workflowId, workflowId };
  }

  async awaitTask(dossier: DossierHandle, kind: TaskKind): Promise<OpenTask> {
    const key = await this.client.workflow
      .getHandle(dossier.workflowId)
      .executeUpdate(taskOpenedUpdate, { args: [kind] });
    return { id: key };
  }

  async review(dossier: DossierHandle, task: OpenTask, decision: 'accept' | 'return') {
    await this.client.workflow.getHandle(dossier.workflowId).executeUpdate(completeTaskUpdate, {
      args: [{ taskKey: task.id, actor: REVIEWER, outcome: { decision } }],
    });
  }

  async supplement(dossier: DossierHandle) {
    await this.client.workflow
      .getHandle(dossier.workflowId)
      .executeUpdate(supplementUpdate, { args: [{ actor: OFFICER, note: 'bổ sung' }] });
  }

  async approve(dossier: DossierHandle, task: OpenTask) {
    await this.client.workflow.getHandle(dossier.workflowId).executeUpdate(completeTaskUpdate, {
      args: [{ taskKey: task.id, actor: LEADER, outcome: { decision: 'approve' } }],
    });
  }

  async stop(): Promise<void> {
    await this.worker.stop();
    await this.connection.close();
  }
}

/** The council as the baseline sees it: the agenda and result signals a meeting would send. */
class BaselineCouncil implements CouncilBackend {
  private meetings = 0;

  constructor(private readonly client: Client) {}

  callMeeting(): Promise<string> {
    this.meetings += 1;
    return Promise.resolve(`meeting-${this.meetings}`);
  }

  async addToAgenda(meetingId: string, dossier: DossierHandle): Promise<boolean> {
    await this.client.workflow
      .getHandle(dossier.workflowId)
      .signal(councilAgendaSignal, { meetingId, meetingDate: '2024-12-16', placed: true });
    return true;
  }

  async hold(meetingId: string, dossiers: readonly DossierHandle[], closing: () => void) {
    closing();
    await Promise.all(
      dossiers.map((dossier) =>
        this.client.workflow.getHandle(dossier.workflowId).signal(councilResultSignal, {
          meetingId,
          level: 'district',
          passed: true,
          votesFor: COUNCIL_MEMBERS,
          membersTotal: COUNCIL_MEMBERS,
          present: COUNCIL_MEMBERS,
        }),
      ),
    );
  }
}
