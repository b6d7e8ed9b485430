import type {
  PlanItemCompletion,
  PlanItemSnapshot,
  PlanItemStateView,
  PlanNoticeStatus,
  PlanWindowStatus,
} from '@tdkt/contracts';
import type { PlanItemSchedule } from '@tdkt/domain';

export interface PlanNotice {
  id: string;
  kind: 'reminder' | 'overdue';
  at: string;
  /** Working days before the due date, for reminders. */
  workingDaysBefore: number;
}

export interface PlanWindowState {
  status: PlanWindowStatus;
  opensAt: string;
  closesAt: string;
  /** Each participant's task, by unit id. */
  tasks: Map<string, 'OPEN' | 'COMPLETED' | 'CANCELLED'>;
}

/** One item as the workflow tracks it. */
export interface PlanItemState {
  item: Omit<PlanItemSnapshot, 'completion' | 'revision'>;
  completion: PlanItemCompletion | null;
  /** Bumped by each recorded revision; the read model keeps the same number. */
  revision: number;
  /** Bumped whenever the schedule changes, so the runners of the old schedule stop. */
  generation: number;
  schedule: PlanItemSchedule | null;
  /** Status of every notice ever scheduled for the item, by notice id (ids include the due date). */
  noticeStatus: Map<string, PlanNoticeStatus>;
  window: PlanWindowState | null;
}

/** Notices of the item's current schedule, in the order they go out. */
export function noticesOf(state: PlanItemState): PlanNotice[] {
  const schedule = state.schedule;
  if (schedule === null) return [];
  return [
    ...schedule.reminders.map((reminder) => ({
      id: `reminder:${reminder.workingDaysBefore}:${schedule.dueOn}`,
      kind: 'reminder' as const,
      at: reminder.at,
      workingDaysBefore: reminder.workingDaysBefore,
    })),
    {
      id: `overdue:${schedule.dueOn}`,
      kind: 'overdue' as const,
      at: schedule.overdue.at,
      workingDaysBefore: 0,
    },
  ];
}

export function noticeStatusOf(state: PlanItemState, notice: PlanNotice): PlanNoticeStatus {
  return state.noticeStatus.get(notice.id) ?? 'PENDING';
}

/** A new item's state: its window (if any) waits for the schedule to say when it opens. */
export function newItemState(snapshot: PlanItemSnapshot): PlanItemState {
  const { completion, revision, ...item } = snapshot;
  return {
    item,
    completion,
    revision,
    generation: 0,
    schedule: null,
    noticeStatus: new Map(),
    window: null,
  };
}

/** Applies a (new) schedule: the window keeps its status and tasks, with the new instants. */
export function applySchedule(state: PlanItemState, schedule: PlanItemSchedule): void {
  state.schedule = schedule;
  state.generation += 1;
  if (schedule.window === null) {
    state.window = null;
    return;
  }
  state.window = {
    status: state.window?.status ?? 'PENDING',
    tasks: state.window?.tasks ?? new Map<string, 'OPEN' | 'COMPLETED' | 'CANCELLED'>(),
    opensAt: schedule.window.opensAt,
    closesAt: schedule.window.closesAt,
  };
}

export function itemView(state: PlanItemState): PlanItemStateView {
  return {
    key: state.item.key,
    quarter: state.item.quarter,
    dueOn: state.item.dueOn,
    ownerUnitId: state.item.ownerUnitId,
    revision: state.revision,
    completedAt: state.completion?.completedAt ?? null,
    notices: noticesOf(state).map((notice) => ({
      id: notice.id,
      kind: notice.kind,
      at: notice.at,
      status: noticeStatusOf(state, notice),
    })),
    window: state.window && {
      status: state.window.status,
      opensAt: state.window.opensAt,
      closesAt: state.window.closesAt,
    },
  };
}
