import { runningWorkflowsQuery } from './visibility-query';

describe('visibility query of running workflows', () => {
  it('narrows by business terms kept in search attributes', () => {
    expect(
      runningWorkflowsQuery(
        { workflowType: 'dossierWorkflow', stage: 'UNIT_REVIEW', awardCode: 'CSTDCS', year: 2024 },
        ['u-1', 'u-2'],
      ),
    ).toBe(
      'ExecutionStatus = "Running" AND WorkflowType = "dossierWorkflow" AND `DossierStage` = "UNIT_REVIEW" AND `AwardCode` = "CSTDCS" AND `Year` = 2024 AND `UnitId` IN ("u-1", "u-2")',
    );
  });

  it('matches every running workflow without filters, and none for an empty scope', () => {
    expect(runningWorkflowsQuery({}, null)).toBe('ExecutionStatus = "Running"');
    expect(runningWorkflowsQuery({}, [])).toContain('WorkflowId = "" AND WorkflowId != ""');
  });

  it('quotes values so that they cannot change the query', () => {
    expect(runningWorkflowsQuery({ awardCode: 'X" OR WorkflowId != "' }, null)).toBe(
      'ExecutionStatus = "Running" AND `AwardCode` = "X\\" OR WorkflowId != \\""',
    );
  });
});
