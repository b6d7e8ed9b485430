import { SearchAttributes, type StuckFilter } from '@tdkt/contracts';

/**
 * A search attribute's name for a visibility query, in backquotes: unquoted, `Year` reads as the SQL
 * keyword YEAR and the server refuses the query.
 */
function attribute(key: { name: string }): string {
  return `\`${key.name}\``;
}

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
    clauses.push(`${attribute(SearchAttributes.DossierStage)} = ${quoted(filter.stage)}`);
  if (filter.awardCode !== undefined)
    clauses.push(`${attribute(SearchAttributes.AwardCode)} = ${quoted(filter.awardCode)}`);
  if (filter.year !== undefined)
    clauses.push(`${attribute(SearchAttributes.Year)} = ${filter.year}`);
  if (unitIds !== null)
    clauses.push(
      unitIds.length === 0
        ? 'WorkflowId = "" AND WorkflowId != ""'
        : `${attribute(SearchAttributes.UnitId)} IN (${unitIds.map(quoted).join(', ')})`,
    );
  return clauses.join(' AND ');
}
