import { SearchAttributes, type StuckFilter } from '@tdkt/contracts';

/** A value quoted for a Temporal visibility query. */
function quoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * A search attribute's name quoted for a visibility query. Unquoted, a name that is also an SQL word
 * is read as that word: the SQL visibility store of the dev server turns `Year` into the keyword
 * `year` and refuses the query ("column name 'year' is not a valid search attribute").
 */
function attribute(name: string): string {
  return `\`${name}\``;
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
    clauses.push(`${attribute(SearchAttributes.DossierStage.name)} = ${quoted(filter.stage)}`);
  if (filter.awardCode !== undefined)
    clauses.push(`${attribute(SearchAttributes.AwardCode.name)} = ${quoted(filter.awardCode)}`);
  if (filter.year !== undefined)
    clauses.push(`${attribute(SearchAttributes.Year.name)} = ${filter.year}`);
  if (unitIds !== null)
    clauses.push(
      unitIds.length === 0
        ? 'WorkflowId = "" AND WorkflowId != ""'
        : `${attribute(SearchAttributes.UnitId.name)} IN (${unitIds.map(quoted).join(', ')})`,
    );
  return clauses.join(' AND ');
}

/** The filter fields that become visibility clauses, with the name the server knows them by. */
const FILTER_ATTRIBUTES = {
  workflowType: 'WorkflowType',
  stage: SearchAttributes.DossierStage.name,
  awardCode: SearchAttributes.AwardCode.name,
  year: SearchAttributes.Year.name,
  unitId: SearchAttributes.UnitId.name,
} as const;

/**
 * The filter fields a visibility server refused, from its message: those whose search attribute it
 * names, or every field that became a clause when it names none. An operator is told which filter
 * this deployment cannot serve (e.g. a cluster where `Year` was never registered), never a 500.
 */
export function refusedFilterFields(filter: StuckFilter, serverMessage: string): string[] {
  const used = (Object.keys(FILTER_ATTRIBUTES) as (keyof typeof FILTER_ATTRIBUTES)[]).filter(
    (field) => filter[field] !== undefined,
  );
  const message = serverMessage.toLowerCase();
  const named = used.filter((field) => message.includes(FILTER_ATTRIBUTES[field].toLowerCase()));
  return named.length > 0 ? named : used;
}
