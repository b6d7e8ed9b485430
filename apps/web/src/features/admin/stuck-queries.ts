import { useQuery } from '@tanstack/react-query';
import type {
  BulkRepairItem,
  BulkRepairProgress,
  StuckFinding,
  StuckReport,
  StuckWorkflow,
  WorkflowInspection,
} from '@tdkt/contracts';
import { api, callAs, type Schemas } from '../../api/client';
import type { paths } from '../../api/schema.gen';

export type { BulkRepairItem, BulkRepairProgress, StuckFinding, StuckWorkflow, WorkflowInspection };
export type StuckFilters = NonNullable<paths['/api/v1/admin/stuck']['get']['parameters']['query']>;
export type BulkRepairBody = Schemas['BulkRepairDto'];

export const stuckKeys = {
  all: ['admin', 'stuck'] as const,
  list: (filters: StuckFilters) => ['admin', 'stuck', 'list', filters] as const,
  workflow: (workflowId: string) => ['admin', 'stuck', 'workflow', workflowId] as const,
  bulk: (operationId: string) => ['admin', 'bulk', operationId] as const,
};

/** The stuck workflows a filter selects: a scan of the running workflows, so asked for sparingly. */
export function useStuck(filters: StuckFilters) {
  return useQuery({
    queryKey: stuckKeys.list(filters),
    queryFn: () =>
      callAs<StuckReport>(api.GET('/api/v1/admin/stuck', { params: { query: filters } })),
    refetchInterval: 60_000,
  });
}

export function useWorkflowInspection(workflowId: string | null) {
  return useQuery({
    queryKey: stuckKeys.workflow(workflowId ?? ''),
    queryFn: () =>
      callAs<WorkflowInspection>(
        api.GET('/api/v1/admin/workflows/{workflowId}', {
          params: { path: { workflowId: workflowId ?? '' } },
        }),
      ),
    enabled: workflowId !== null,
  });
}

/** A running bulk repair's progress, asked every second until it finishes. */
export function useBulkProgress(operationId: string | null) {
  return useQuery({
    queryKey: stuckKeys.bulk(operationId ?? ''),
    queryFn: () =>
      callAs<BulkRepairProgress>(
        api.GET('/api/v1/admin/bulk/{operationId}', {
          params: { path: { operationId: operationId ?? '' } },
        }),
      ),
    enabled: operationId !== null,
    refetchInterval: (query) => (query.state.data?.finished ? false : 1_000),
  });
}
