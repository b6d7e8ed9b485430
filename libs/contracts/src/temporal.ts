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
} as const;
export type WorkflowType = (typeof WorkflowType)[keyof typeof WorkflowType];
