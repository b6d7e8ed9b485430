import { readFileSync } from 'node:fs';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import {
  dossierRecordedUpdate,
  dossierStateQuery,
  type DossierActivities,
  type DossierWorkflow,
  type DossierWorkflowInput,
} from '@tdkt/contracts';
import { startTimeSkippingTemporal } from '@tdkt/testing';
import { recordHistory } from '../support/histories';
import { TEST_ENV, testEnv } from '../support/test-env';

const input: DossierWorkflowInput = {
  dossierId: '0b7c1f5e-2a57-4d1e-9d38-3f1f8f9b1a01',
  code: 'HS-2024-000042',
  year: 2024,
  awardCode: 'CSTDCS',
  proposingUnitId: '5d6b1df5-48e3-4643-8004-a6e362db83c3',
  nominee: { kind: 'individual', name: 'Nguyễn Thị Lan' },
  achievementsSummary: 'Giáo viên dạy giỏi',
  submittedAt: '2024-03-01T02:00:00.000Z',
  submittedBy: null,
  requestId: null,
};

describe('dossierWorkflow on the time-skipping test server', () => {
  let env: TestWorkflowEnvironment;

  beforeAll(async () => {
    env = await startTimeSkippingTemporal();
  });
  afterAll(() => env?.teardown());

  const workerWith = (activities: DossierActivities, taskQueue: string) =>
    Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: { code: readFileSync(testEnv(TEST_ENV.workflowBundle), 'utf8') },
      activities,
    });

  it('records the dossier, retrying through failures, and answers the recorded update only after that', async () => {
    const recorded: DossierWorkflowInput[] = [];
    let attempts = 0;
    const worker = await workerWith(
      {
        recordDossierSubmitted(received) {
          attempts += 1;
          if (attempts < 3)
            return Promise.reject(new Error('connection refused (simulated database outage)'));
          recorded.push(received);
          return Promise.resolve();
        },
      },
      'wf-record',
    );

    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start<DossierWorkflow>('dossierWorkflow', {
        workflowId: input.code,
        taskQueue: 'wf-record',
        args: [input],
      });
      const state = await handle.executeUpdate(dossierRecordedUpdate);
      expect(state).toEqual({ stage: 'SUBMITTED', recorded: true });
      expect(await handle.result()).toEqual({ stage: 'SUBMITTED' });
      await recordHistory(handle, 'dossierWorkflow', 'submitted-after-retries');
    });

    expect(attempts).toBe(3);
    expect(recorded).toEqual([input]);
  });

  it('reports its state through the query while the recording is still pending', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const worker = await workerWith({ recordDossierSubmitted: () => gate }, 'wf-query');

    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start<DossierWorkflow>('dossierWorkflow', {
        workflowId: `${input.code}-query`,
        taskQueue: 'wf-query',
        args: [input],
      });
      expect(await handle.query(dossierStateQuery)).toEqual({
        stage: 'SUBMITTED',
        recorded: false,
      });
      release();
      await handle.result();
      expect(await handle.query(dossierStateQuery)).toEqual({ stage: 'SUBMITTED', recorded: true });
    });
  });
});
