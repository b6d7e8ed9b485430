import { ActivityFailure, condition, log, workflowInfo } from '@temporalio/workflow';
import type { AnnualPlanWorkflowInput, NotificationRequest } from '@tdkt/contracts';
import type { PlanScheduleRequest, QuarterSchedule } from '@tdkt/domain';
import { sendNotification } from './activities';
import { createPlanClock, type PlanClock } from './plan-clock';
import type { PlanChangeContext } from './plan-item-change-rules';
import { newItemState, type PlanItemState } from './plan-item-state';

/** A runner of one item's timers (its notices, its window) for one schedule generation. */
export type ItemRunner = (run: PlanRun, state: PlanItemState, generation: number) => Promise<void>;

/**
 * Everything one yearly plan workflow knows: its items with their schedules and windows, its quarters,
 * the runners of the items' timers, and whether an edit is under way.
 */
export class PlanRun {
  readonly clock: PlanClock;
  readonly workflowId = workflowInfo().workflowId;
  readonly items: Map<string, PlanItemState>;
  quarters: (QuarterSchedule & { summarized: boolean })[] = [];
  scheduled = false;
  editing = false;
  draftPlanId: string | null = null;
  failedNotifications = 0;
  finished = false;
  /** The latest holiday publication applied to the items' notices. */
  calendarRevision = 0;
  readonly runners = new Set<Promise<void>>();

  constructor(
    readonly input: AnnualPlanWorkflowInput,
    private readonly itemRunners: readonly ItemRunner[],
  ) {
    this.clock = createPlanClock(input.startAsOf);
    this.items = new Map(input.items.map((snapshot) => [snapshot.key, newItemState(snapshot)]));
  }

  /** Sends a notice; one not delivered after its retries is counted and logged, and the plan goes on. */
  async notify(request: NotificationRequest): Promise<boolean> {
    try {
      await sendNotification(request);
      return true;
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
      this.failedNotifications += 1;
      log.warn('notification not delivered', { key: request.idempotencyKey, cause: error.message });
      return false;
    }
  }

  changeContext(): PlanChangeContext {
    return {
      year: this.input.year,
      today: this.clock.today(),
      items: this.items,
      summarizedQuarters: new Set(this.quarters.filter((q) => q.summarized).map((q) => q.quarter)),
    };
  }

  scheduleRequest(items: PlanItemState['item'][]): PlanScheduleRequest {
    return {
      year: this.input.year,
      reminderOffsets: this.input.reminderOffsets,
      items: items.map((item) => ({
        key: item.key,
        quarter: item.quarter,
        dueOn: item.dueOn,
        kind: item.kind,
      })),
    };
  }

  /** Starts the item's runners for its current schedule generation. */
  startRunners(state: PlanItemState): void {
    for (const runItem of this.itemRunners) {
      const runner = runItem(this, state, state.generation).finally(() =>
        this.runners.delete(runner),
      );
      this.runners.add(runner);
    }
  }

  /** One edit at a time, and none before the first schedule is in place. */
  async withEditLock<T>(work: () => Promise<T>): Promise<T> {
    await condition(() => this.scheduled && !this.editing);
    this.editing = true;
    try {
      return await work();
    } finally {
      this.editing = false;
    }
  }
}
