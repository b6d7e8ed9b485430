import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import {
  planStateQuery,
  WorkflowType,
  type AnnualPlanWorkflow,
  type AnnualPlanWorkflowInput,
} from '@tdkt/contracts';
import { localTimeToUtcIso, planItemDueOn, type PlanDefinition } from '@tdkt/domain';
import { ensureTemporalTestServer } from '@tdkt/infra';
import { planTimeline, type TimelineEntry } from './plan-timeline';
import { simulationActivities, type SimulationRecord } from './simulation-activities';

const TASK_QUEUE = 'plan-simulation';

/**
 * The workflow input of a plan that is not in the database: units stay as the document names them
 * (recipients read "UNIT_HEAD@Phòng Nội vụ huyện"), windows have no participants, nothing is done.
 */
function simulationInput(definition: PlanDefinition): AnnualPlanWorkflowInput {
  const issuedOn = definition.issuedOn ?? `${definition.year}-01-01`;
  return {
    planId: `simulation-${definition.year}`,
    year: definition.year,
    number: definition.number,
    issuerUnitId: definition.issuer,
    standingBodyUnitId: definition.standingBody,
    reminderOffsets: [...definition.reminderOffsets],
    items: definition.items.map((item) => ({
      key: item.key,
      quarter: item.quarter,
      dueOn: planItemDueOn(definition.year, item),
      dueExplicit: item.due !== null,
      ownerUnitId: item.owner,
      ownerName: item.owner,
      kind: item.kind,
      text: item.text,
      recurring: item.recurring,
      participantUnitIds: [],
      completion: null,
      revision: 0,
    })),
    startAsOf: localTimeToUtcIso(issuedOn, '08:00'),
  };
}

async function workflowBundle(): Promise<{ code: string }> {
  const prebuilt = process.env.WORKFLOW_BUNDLE_PATH;
  if (prebuilt) return { code: readFileSync(prebuilt, 'utf8') };
  return bundleWorkflowCode({
    workflowsPath: require.resolve('@tdkt/workflows'),
    logger: {
      log: () => undefined,
      trace: () => undefined,
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: () => undefined,
    },
  });
}

/**
 * The Java test server with its own output (SLF4J's notices, Java logging) sent to a log file: a
 * person reads the timeline, not the JVM. The file is named when the simulation fails.
 */
function quietTestServer(server: string): { path: string; log: string } {
  const folder = mkdtempSync(join(tmpdir(), 'tdkt-plan-simulation-'));
  const log = join(folder, 'test-server.log');
  const path = join(folder, 'temporal-test-server');
  // `exec` keeps the JVM's pid the one the SDK stops, as the wrapper it calls does.
  writeFileSync(path, `#!/bin/sh\nexec '${server}' "$@" >>'${log}' 2>&1\n`, { mode: 0o755 });
  return { path, log };
}

/**
 * Runs a plan's whole year on the Java time-skipping test server, from the day it was issued, with
 * the production workflow and schedule, and returns what it would send and when.
 */
export async function simulatePlan(definition: PlanDefinition): Promise<TimelineEntry[]> {
  // The timeline is the output; the SDK's lifecycle logs would only bury it.
  Runtime.install({
    logger: new DefaultLogger('ERROR'),
    telemetryOptions: { logging: { filter: { core: 'ERROR', other: 'ERROR' }, forward: {} } },
  });
  const server = quietTestServer(await ensureTemporalTestServer());
  let env: TestWorkflowEnvironment;
  try {
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: server.path } },
    });
  } catch (error) {
    throw new Error(
      `Máy chủ thử nghiệm Java không khởi động được, xem ${server.log}\n` +
        `The Java test server did not start, see ${server.log}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    const record: SimulationRecord = { notifications: new Map(), summaries: [], draft: null };
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: TASK_QUEUE,
      workflowBundle: await workflowBundle(),
      activities: simulationActivities(
        definition.year,
        definition.items.map(({ key, recurring, due }) => ({ key, recurring, due })),
        record,
      ),
    });
    const state = await worker.runUntil(async () => {
      const handle = await env.client.workflow.start<AnnualPlanWorkflow>(WorkflowType.annualPlan, {
        workflowId: `simulation-${definition.year}`,
        taskQueue: TASK_QUEUE,
        args: [simulationInput(definition)],
      });
      await handle.result();
      return handle.query(planStateQuery);
    });
    const timeline = planTimeline(definition, state, record);
    rmSync(dirname(server.log), { recursive: true, force: true });
    return timeline;
  } finally {
    await env.teardown();
  }
}
