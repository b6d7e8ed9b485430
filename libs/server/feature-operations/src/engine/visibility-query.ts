import { SearchAttributes, type StuckFilter } from '@tdkt/contracts';

/** A value quoted for a Temporal visibility query. */
function quoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * The visibility query selecting running workflows by the filter's business terms (search
 * attributes kept current by the workflows). `unitIds`, when given, are the units allowed: the
 * filter's unit subtree within the operator's scope; an empty list matches nothing.
 */
export function runningWorkflowsQuery(
  filter: Pick<StuckFilter, 'workflowType' | 'stage' | 'awardCode' | 'year'>,
  unitIds: readonly string[] | null,
): string {
  const clauses = ['ExecutionStatus = "Running"'];
  if (filter.workflowType !== undefined)
    clauses.push(`WorkflowType = ${quoted(filter.workflowType)}`);
  if (filter.stage !== undefined)
    clauses.push(`${SearchAttributes.DossierStage.name} = ${quoted(filter.stage)}`);
  if (filter.awardCode !== undefined)
    clauses.push(`${SearchAttributes.AwardCode.name} = ${quoted(filter.awardCode)}`);
  if (filter.year !== undefined) clauses.push(`${SearchAttributes.Year.name} = ${filter.year}`);
  if (unitIds !== null)
    clauses.push(
      unitIds.length === 0
        ? 'WorkflowId = "" AND WorkflowId != ""'
        : `${SearchAttributes.UnitId.name} IN (${unitIds.map(quoted).join(', ')})`,
    );
  return clauses.join(' AND ');
}
