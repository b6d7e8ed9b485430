import {
  dossierEventName,
  DOSSIER_STAGE_NAMES,
  type DossierStage,
  type LocalizedText,
  type StuckCounts,
  type StuckReport,
  type WorkflowInspection,
} from '@tdkt/contracts';
import { vietnamDateTimeText } from '@tdkt/domain';

/** The language the CLI writes in: Vietnamese unless TDKT_LANG=en. */
export type Lang = keyof LocalizedText;

/** TDKT_LANG=en for English; Vietnamese otherwise. */
export function cliLang(env: NodeJS.ProcessEnv = process.env): Lang {
  return env.TDKT_LANG === 'en' ? 'en' : 'vi';
}

const WORDS = {
  stuckOf: { vi: 'quy trình bị kẹt trong số', en: 'stuck of' },
  running: { vi: 'đang chạy', en: 'running workflows' },
  at: { vi: 'lúc', en: 'at' },
  started: { vi: 'bắt đầu', en: 'started' },
  closed: { vi: 'kết thúc', en: 'closed' },
  events: { vi: 'sự kiện', en: 'events' },
  dossier: { vi: 'hồ sơ', en: 'dossier' },
  stuck: { vi: 'KẸT', en: 'STUCK' },
  activity: { vi: 'hoạt động', en: 'activity' },
  attempt: { vi: 'lần thử', en: 'attempt' },
  timer: { vi: 'hẹn giờ', en: 'timer' },
  fires: { vi: 'đến hạn', en: 'fires' },
  task: { vi: 'việc', en: 'task' },
  due: { vi: 'hạn', en: 'due' },
  heldBy: { vi: 'đang giữ', en: 'held by' },
  resetPoints: {
    vi: 'điểm có thể đặt lại (tdkt stuck reset … --to <số>):',
    en: 'reset points (tdkt stuck reset … --to <number>):',
  },
  none: { vi: 'không có', en: 'none' },
  vietnamTime: { vi: 'giờ Việt Nam', en: 'Vietnam time' },
} as const satisfies Record<string, LocalizedText>;

/** An instant in Vietnam time, as `16/12/2024 08:00`. */
function when(instant: string | null): string {
  return instant === null ? '?' : vietnamDateTimeText(instant);
}

function stageName(stage: string, lang: Lang): string {
  return DOSSIER_STAGE_NAMES[stage as DossierStage]?.[lang] ?? stage;
}

/** The stuck list as an operator reads it: one block per workflow, its reasons and evidence. */
export function formatStuckReport(report: StuckReport, lang: Lang = cliLang()): string {
  const lines = [
    `${report.items.length} ${WORDS.stuckOf[lang]} ${report.scanned} ${WORDS.running[lang]} (${when(report.scannedAt)}, ${WORDS.vietnamTime[lang]})`,
    formatCounts(report.counts),
    '',
  ];
  for (const item of report.items) {
    lines.push(`${item.workflowId} (${item.workflowType})`);
    if (item.dossier)
      lines.push(
        `  ${stageName(item.dossier.stage, lang)} · ${item.dossier.awardCode} ${item.dossier.year} · ${item.dossier.unitName}`,
      );
    for (const finding of item.findings)
      lines.push(`  ${finding.reason}: ${finding.summary[lang]}`);
    if (item.temporalUiUrl) lines.push(`  ${item.temporalUiUrl}`);
  }
  return lines.join('\n');
}

/** `activity-retrying=2 task-overdue=1 …` */
export function formatCounts(counts: StuckCounts): string {
  return Object.entries(counts)
    .map(([reason, count]) => `${reason}=${count}`)
    .join('  ');
}

/** One workflow in full: status, what it waits on, why it is stuck, where a reset may go. */
export function formatInspection(inspection: WorkflowInspection, lang: Lang = cliLang()): string {
  const lines = [
    `${inspection.workflowId} ${inspection.workflowType} ${inspection.status}`,
    `  run ${inspection.runId}`,
    `  ${WORDS.started[lang]} ${when(inspection.startedAt)}${inspection.closedAt ? `, ${WORDS.closed[lang]} ${when(inspection.closedAt)}` : ''} (${WORDS.vietnamTime[lang]}); ${inspection.historyLength} ${WORDS.events[lang]}`,
  ];
  if (inspection.dossier)
    lines.push(
      `  ${WORDS.dossier[lang]} ${inspection.dossier.code}: ${stageName(inspection.dossier.stage, lang)} · ${inspection.dossier.awardCode} ${inspection.dossier.year} · ${inspection.dossier.unitName}`,
    );
  for (const finding of inspection.findings)
    lines.push(`  ${WORDS.stuck[lang]} ${finding.reason}: ${finding.summary[lang]}`);
  for (const activity of inspection.pendingActivities)
    lines.push(
      `  ${WORDS.activity[lang]} ${activity.activityType} #${activity.activityId}, ${WORDS.attempt[lang]} ${activity.attempt}${activity.lastFailure ? `: ${activity.lastFailure}` : ''}`,
    );
  for (const timer of inspection.timers)
    lines.push(
      `  ${WORDS.timer[lang]} ${timer.timerId} ${WORDS.fires[lang]} ${when(timer.firesAt)}`,
    );
  for (const task of inspection.openTasks)
    lines.push(
      `  ${WORDS.task[lang]} ${task.taskId} ${task.taskType}, ${WORDS.due[lang]} ${when(task.dueAt)}, ${WORDS.heldBy[lang]} ${task.heldBy.kind === 'person' ? task.heldBy.name : `${task.heldBy.role}@${task.heldBy.unitName}`}`,
    );
  for (const entry of inspection.timeline.slice(-10))
    lines.push(
      `  ${when(entry.at)} #${entry.seq} ${dossierEventName(entry.type)[lang]} (${stageName(entry.stage, lang)})`,
    );
  lines.push(
    `  ${WORDS.resetPoints[lang]}${inspection.resetPoints.length === 0 ? ` ${WORDS.none[lang]}` : ''}`,
  );
  for (const point of inspection.resetPoints)
    lines.push(`    ${String(point.eventId).padStart(5)}  ${when(point.at)}  ${point.label[lang]}`);
  if (inspection.temporalUiUrl) lines.push(`  ${inspection.temporalUiUrl}`);
  return lines.join('\n');
}
