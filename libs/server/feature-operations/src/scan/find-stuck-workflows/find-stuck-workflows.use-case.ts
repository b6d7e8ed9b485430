import { Injectable } from '@nestjs/common';
import { type StuckFilter, type StuckReport } from '@tdkt/contracts';
import { type ListedWorkflow, WorkflowEngine } from '../../engine/workflow-engine';
import { runningWorkflowsQuery } from '../../engine/visibility-query';
import type { OperatorScope } from '../../scope/operator-scope';
import { servedOrRefused, StuckWorkflowJudge } from '../stuck-workflow-judge';

/**
 * Finds the stuck workflows among all the running ones the filter selects: for the counts, the census
 * and bulk repairs.
 */
@Injectable()
export class FindStuckWorkflowsUseCase {
  constructor(
    private readonly engine: WorkflowEngine,
    private readonly judge: StuckWorkflowJudge,
  ) {}

  /** Every running workflow the filter selects, judged (the counts, the census, bulk repairs). */
  async execute(filter: StuckFilter, scope: OperatorScope, now = new Date()): Promise<StuckReport> {
    const query = runningWorkflowsQuery(filter, await this.judge.unitsFor(filter, scope));
    const listed: ListedWorkflow[] = [];
    await servedOrRefused(filter, async () => {
      for await (const workflow of this.engine.listRunning(query)) listed.push(workflow);
    });
    return { ...(await this.judge.judge(listed, filter, now)), scanned: listed.length };
  }
}
