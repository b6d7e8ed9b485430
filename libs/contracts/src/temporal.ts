/** Namespace used when TEMPORAL_NAMESPACE is not set. */
export const DEFAULT_TEMPORAL_NAMESPACE = 'tdkt';

/** Task queues the worker polls. One queue today; split per workload when they need separate scaling. */
export const TaskQueue = {
  main: 'tdkt-main',
} as const;
export type TaskQueue = (typeof TaskQueue)[keyof typeof TaskQueue];

/** Workflow type names as registered by the worker (the exported function names in workflows/). */
export const WorkflowType = {
  dossier: 'dossierWorkflow',
  annualPlan: 'annualPlanWorkflow',
  stuckMonitor: 'stuckMonitorWorkflow',
  bulkRepair: 'bulkRepairWorkflow',
  councilMeeting: 'councilMeetingWorkflow',
  initiative: 'initiativeWorkflow',
  decision: 'decisionWorkflow',
  calendarPropagation: 'calendarPropagationWorkflow',
  dossierImport: 'dossierImportWorkflow',
  complaint: 'complaintWorkflow',
  clusterYear: 'clusterYearWorkflow',
} as const;
export type WorkflowType = (typeof WorkflowType)[keyof typeof WorkflowType];

/** Workflow id of a council meeting (one workflow per meeting). */
export function councilMeetingWorkflowId(meetingId: string): string {
  return `council-meeting-${meetingId}`;
}

/** Workflow id of an initiative's recognition (one workflow per application). */
export function initiativeWorkflowId(initiativeId: string): string {
  return `initiative-${initiativeId}`;
}

/** Workflow id of a complaint (one workflow per complaint). */
export function complaintWorkflowId(complaintId: string): string {
  return `complaint-${complaintId}`;
}

/** Workflow id of the propagation of a published holiday schedule (one per publication). */
export function calendarPropagationWorkflowId(revision: number): string {
  return `legal-data-calendar-${revision}`;
}

/** Workflow id of a cluster's emulation year (one workflow per cluster and year). */
export function clusterYearWorkflowId(clusterYearId: string): string {
  return `cluster-year-${clusterYearId}`;
}

/** Workflow id of a batch decision (one workflow per decision). */
export function decisionWorkflowId(decisionId: string): string {
  return `decision-${decisionId}`;
}
