import type { StuckCounts, StuckReport, WorkflowInspection } from '@tdkt/contracts';

/** The stuck list as an operator reads it: one block per workflow, its reasons and evidence. */
export function formatStuckReport(report: StuckReport): string {
  const lines = [
    `${report.items.length} stuck of ${report.scanned} running workflows (${report.scannedAt})`,
    formatCounts(report.counts),
    '',
  ];
  for (const item of report.items) {
    const dossier = item.dossier
      ? ` ${item.dossier.stage} ${item.dossier.awardCode} ${item.dossier.year} ${item.dossier.unitName}`
      : '';
    lines.push(`${item.workflowId} (${item.workflowType})${dossier}`);
    for (const finding of item.findings) lines.push(`  ${finding.reason}: ${finding.summary.en}`);
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
export function formatInspection(inspection: WorkflowInspection): string {
  const lines = [
    `${inspection.workflowId} ${inspection.workflowType} ${inspection.status} run ${inspection.runId}`,
    `  started ${inspection.startedAt}${inspection.closedAt ? `, closed ${inspection.closedAt}` : ''}; ${inspection.historyLength} events`,
  ];
  if (inspection.dossier)
    lines.push(
      `  dossier ${inspection.dossier.code}: ${inspection.dossier.stage}, ${inspection.dossier.awardCode} ${inspection.dossier.year}, ${inspection.dossier.unitName}`,
    );
  for (const finding of inspection.findings)
    lines.push(`  STUCK ${finding.reason}: ${finding.summary.en}`);
  for (const activity of inspection.pendingActivities)
    lines.push(
      `  activity ${activity.activityType} #${activity.activityId} attempt ${activity.attempt}${activity.lastFailure ? `: ${activity.lastFailure}` : ''}`,
    );
  for (const timer of inspection.timers)
    lines.push(`  timer ${timer.timerId} fires ${timer.firesAt ?? '?'}`);
  for (const task of inspection.openTasks)
    lines.push(
      `  task ${task.taskId} ${task.taskType} due ${task.dueAt ?? '-'} held by ${task.heldBy.kind === 'person' ? task.heldBy.name : `${task.heldBy.role}@${task.heldBy.unitName}`}`,
    );
  for (const entry of inspection.timeline.slice(-10))
    lines.push(`  ${entry.at} #${entry.seq} ${entry.type} (${entry.stage})`);
  lines.push(
    `  reset points: ${inspection.resetPoints.map((point) => point.eventId).join(', ') || '-'}`,
  );
  if (inspection.temporalUiUrl) lines.push(`  ${inspection.temporalUiUrl}`);
  return lines.join('\n');
}
