import type { OperationsSettings } from '../settings/operations-settings';

/** The workflow's page in the Temporal Web UI, or null when TEMPORAL_UI_URL is not set. */
export function temporalUiLink(
  settings: Pick<OperationsSettings, 'temporalUiUrl' | 'namespace'>,
  workflowId: string,
  runId: string,
): string | null {
  if (settings.temporalUiUrl === null) return null;
  return `${settings.temporalUiUrl}/namespaces/${encodeURIComponent(settings.namespace)}/workflows/${encodeURIComponent(workflowId)}/${encodeURIComponent(runId)}/history`;
}
