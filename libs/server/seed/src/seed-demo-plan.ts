import type { Client } from '@temporalio/client';
import type { ServerConfig } from '@tdkt/server-config';
import { ImportPlanUseCase, IssuePlanUseCase, PlanUnits } from '@tdkt/server-feature-plan';
import type { DataSource } from 'typeorm';

export interface DemoPlanReport {
  planId: string;
  created: boolean;
  workflowId: string | null;
}

/**
 * Loads the 2024 Cẩm Mỹ plan (infra/seed/plan-2024.yaml) and starts its workflow. Safe on every
 * start: the same document imports to the same plan, and its workflow is started at most once.
 * Its dates are in the past, so the workflow sends one overdue notice per item and each quarter's
 * summary once, then drafts 2025 and closes (see the README).
 */
export async function seedDemoPlan(options: {
  dataSource: DataSource;
  temporal: Client;
  config: Pick<ServerConfig, 'TEMPORAL_TASK_QUEUE'>;
  source: string;
}): Promise<DemoPlanReport> {
  const { dataSource, temporal, config } = options;
  const importPlan = new ImportPlanUseCase(
    dataSource,
    new PlanUnits(dataSource),
    new IssuePlanUseCase(dataSource, temporal, config as ServerConfig),
  );
  const result = await importPlan.execute({ source: options.source, importedBy: null });
  return { planId: result.planId, created: result.created, workflowId: result.workflowId };
}
