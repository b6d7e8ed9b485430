import type { AnnualPlanState, NotificationRecipient } from '@tdkt/contracts';
import { vietnamDateOfEpochMillis, type PlanDefinition } from '@tdkt/domain';
import type { SimulationRecord } from './simulation-activities';

export interface TimelineEntry {
  /** UTC instant on the plan's clock. */
  at: string;
  kind:
    | 'reminder'
    | 'overdue'
    | 'window-opens'
    | 'window-closes'
    | 'quarter-summary'
    | 'next-year-draft';
  itemKey: string | null;
  text: string;
  recipients: string[];
}

const WEEKDAYS = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];

/** `2024-06-06 T5 08:00` in Vietnamese local time. */
export function localStamp(instant: string): string {
  const ms = Date.parse(instant);
  const date = vietnamDateOfEpochMillis(ms);
  const local = new Date(ms + 7 * 3_600_000);
  const time = `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
  return `${date} ${WEEKDAYS[local.getUTCDay()]} ${time}`;
}

function describeRecipient(recipient: NotificationRecipient): string {
  return 'userId' in recipient ? recipient.userId : `${recipient.role}@${recipient.unitId}`;
}

/** The year as it happened in the simulation, in time order (same instant: the order things ran in). */
export function planTimeline(
  definition: PlanDefinition,
  state: AnnualPlanState,
  record: SimulationRecord,
): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const recipientsOf = (key: string) =>
    (record.notifications.get(key)?.recipients ?? []).map(describeRecipient);
  for (const item of state.items) {
    const text = definition.items.find((i) => i.key === item.key)?.text.vi ?? item.key;
    for (const notice of item.notices.filter((n) => n.status === 'SENT')) {
      const key = `plan:${state.planId}:item:${item.key}:${notice.id}`;
      const workingDays = notice.id.split(':')[1];
      entries.push({
        at: notice.at,
        kind: notice.kind,
        itemKey: item.key,
        text:
          notice.kind === 'reminder'
            ? `nhắc hạn ${item.dueOn} (còn ${workingDays} ngày làm việc): ${text}`
            : `quá hạn ${item.dueOn}: ${text}`,
        recipients: recipientsOf(key),
      });
    }
    if (item.window !== null && item.window.status === 'CLOSED') {
      entries.push({
        at: item.window.opensAt,
        kind: 'window-opens',
        itemKey: item.key,
        text: `mở đợt: ${text}`,
        recipients: [],
      });
      entries.push({
        at: item.window.closesAt,
        kind: 'window-closes',
        itemKey: item.key,
        text: `đóng đợt: ${text}`,
        recipients: [],
      });
    }
  }
  for (const summary of record.summaries) {
    const quarter = state.quarters.find((q) => q.quarter === summary.quarter)!;
    const { total, onTime, late, open } = summary.totals;
    entries.push({
      at: quarter.summaryAt,
      kind: 'quarter-summary',
      itemKey: null,
      text: `tổng kết quý ${summary.quarter}: ${total} nhiệm vụ, ${onTime} đúng hạn, ${late} trễ hạn, ${open} chưa hoàn thành`,
      recipients: recipientsOf(`plan:${state.planId}:quarter:${summary.quarter}:summary`),
    });
  }
  if (record.draft !== null) {
    entries.push({
      at: state.quarters[state.quarters.length - 1]!.summaryAt,
      kind: 'next-year-draft',
      itemKey: null,
      text: `dự thảo kế hoạch năm ${record.draft.year}: ${record.draft.items.length} nhiệm vụ chuyển sang`,
      recipients: recipientsOf(`plan:${state.planId}:draft`),
    });
  }
  const order = [
    'window-closes',
    'window-opens',
    'reminder',
    'overdue',
    'quarter-summary',
    'next-year-draft',
  ];
  return entries.sort(
    (a, b) => a.at.localeCompare(b.at) || order.indexOf(a.kind) - order.indexOf(b.kind),
  );
}

/** The timeline as lines for a terminal. */
export function formatTimeline(definition: PlanDefinition, entries: TimelineEntry[]): string {
  const count = (kind: TimelineEntry['kind']) => entries.filter((e) => e.kind === kind).length;
  const header = [
    `Kế hoạch ${definition.number ?? '(chưa có số)'} năm ${definition.year} — ${definition.issuer}`,
    `${definition.items.length} nhiệm vụ; nhắc trước ${definition.reminderOffsets.join(' và ')} ngày làm việc, lúc 08:00 (giờ Việt Nam).`,
    'Mô phỏng giả định không nhiệm vụ nào được cập nhật hoàn thành.',
    '',
  ];
  const lines = entries.map((entry) => {
    const who = entry.recipients.length > 0 ? `  → ${entry.recipients.join(', ')}` : '';
    return `${localStamp(entry.at)}  ${entry.kind.padEnd(15)} ${entry.itemKey ?? ''}${entry.itemKey ? '  ' : ''}${entry.text}${who}`;
  });
  const footer = [
    '',
    `${count('reminder')} reminders, ${count('overdue')} overdue notices, ${count('quarter-summary')} quarter summaries, ` +
      `${count('window-opens')} windows, ${count('next-year-draft')} next-year draft.`,
  ];
  return [...header, ...lines, ...footer].join('\n');
}
