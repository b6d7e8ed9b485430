import { type AnnualPlanState, type NotificationRecipient, ROLE_NAMES } from '@tdkt/contracts';
import { vietnamDateOfEpochMillis, type IsoDate, type PlanDefinition } from '@tdkt/domain';
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

/** `06/06/2024 T5 08:00` in Vietnamese local time. */
export function localStamp(instant: string): string {
  const ms = Date.parse(instant);
  const date = vietnamDateOfEpochMillis(ms);
  const local = new Date(ms + 7 * 3_600_000);
  const time = `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
  return `${dayMonthYear(date)} ${WEEKDAYS[local.getUTCDay()]} ${time}`;
}

/** `2024-06-06` as Vietnamese write it: `06/06/2024`. */
function dayMonthYear(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** `Thủ trưởng đơn vị · Phòng Nội vụ huyện`: the role by its Vietnamese name, and where. */
function describeRecipient(recipient: NotificationRecipient): string {
  if ('userId' in recipient) return recipient.userId;
  return `${ROLE_NAMES[recipient.role].vi} · ${recipient.unitId}`;
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
            ? `Hạn ${dayMonthYear(item.dueOn)}, còn ${workingDays} ngày làm việc: ${text}`
            : `Quá hạn ngày ${dayMonthYear(item.dueOn)}: ${text}`,
        recipients: recipientsOf(key),
      });
    }
    if (item.window !== null && item.window.status === 'CLOSED') {
      entries.push({
        at: item.window.opensAt,
        kind: 'window-opens',
        itemKey: item.key,
        text: text,
        recipients: [],
      });
      entries.push({
        at: item.window.closesAt,
        kind: 'window-closes',
        itemKey: item.key,
        text: text,
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
      text: `Quý ${summary.quarter}: ${total} nhiệm vụ, ${onTime} đúng hạn, ${late} trễ hạn, ${open} chưa hoàn thành.`,
      recipients: recipientsOf(`plan:${state.planId}:quarter:${summary.quarter}:summary`),
    });
  }
  if (record.draft !== null) {
    entries.push({
      at: state.quarters[state.quarters.length - 1]!.summaryAt,
      kind: 'next-year-draft',
      itemKey: null,
      text: `Dự thảo kế hoạch năm ${record.draft.year}: ${record.draft.items.length} nhiệm vụ chuyển sang.`,
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

/** What each entry is called in the printed timeline. */
const KIND_NAMES: Record<TimelineEntry['kind'], string> = {
  reminder: 'Nhắc hạn',
  overdue: 'Quá hạn',
  'window-opens': 'Mở đợt',
  'window-closes': 'Đóng đợt',
  'quarter-summary': 'Tổng kết quý',
  'next-year-draft': 'Dự thảo năm sau',
};

/** Lines no wider than `width`, broken between words; a word longer than a line is cut. */
function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (indent.length + candidate.length <= width || line === '') line = candidate;
    else {
      lines.push(`${indent}${line}`);
      line = word;
    }
  }
  if (line !== '') lines.push(`${indent}${line}`);
  return lines.map((wrapped) =>
    wrapped.length > width ? `${wrapped.slice(0, width - 1)}…` : wrapped,
  );
}

/**
 * The timeline as lines for a terminal of `width` columns (80 unless it says otherwise): when, what
 * and which item on one line, the text and who hears of it indented below.
 */
export function formatTimeline(
  definition: PlanDefinition,
  entries: TimelineEntry[],
  width = 80,
): string {
  const count = (kind: TimelineEntry['kind']) => entries.filter((e) => e.kind === kind).length;
  const header = [
    ...wrap(
      `Kế hoạch ${definition.number ?? '(chưa có số)'} năm ${definition.year} — ${definition.issuer}`,
      width,
      '',
    ),
    ...wrap(
      `${definition.items.length} nhiệm vụ; nhắc trước ${definition.reminderOffsets.join(' và ')} ngày làm việc, lúc 08:00 (giờ Việt Nam).`,
      width,
      '',
    ),
    ...wrap('Mô phỏng giả định không nhiệm vụ nào được cập nhật hoàn thành.', width, ''),
    '',
  ];
  const lines = entries.flatMap((entry) => [
    `${localStamp(entry.at)}  ${KIND_NAMES[entry.kind].padEnd(15)} ${entry.itemKey ?? ''}`.trimEnd(),
    ...wrap(entry.text, width, '    '),
    ...(entry.recipients.length > 0 ? wrap(`→ ${entry.recipients.join('; ')}`, width, '    ') : []),
  ]);
  const footer = [
    '',
    ...wrap(
      `${count('reminder')} lần nhắc hạn, ${count('overdue')} thông báo quá hạn, ${count('quarter-summary')} tổng kết quý, ` +
        `${count('window-opens')} đợt nộp/đăng ký, ${count('next-year-draft')} dự thảo kế hoạch năm sau.`,
      width,
      '',
    ),
  ];
  return [...header, ...lines, ...footer].join('\n');
}
