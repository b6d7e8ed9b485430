import { Injectable } from '@nestjs/common';
import { type StuckFilter, type StuckPage } from '@tdkt/contracts';
import { WorkflowEngine } from '../../engine/workflow-engine';
import { runningWorkflowsQuery } from '../../engine/visibility-query';
import { decodePageToken, encodePageToken } from '../page-token';
import type { OperatorScope } from '../../scope/operator-scope';
import { invalidPageToken, servedOrRefused, StuckWorkflowJudge } from '../stuck-workflow-judge';

/**
 * One page of the stuck workflows: `pageSize` running workflows the filter selects, from `pageToken`
 * on, and the stuck ones among them. Memory and time per request stay bounded however many are running.
 */
@Injectable()
export class ListStuckWorkflowsPageUseCase {
  constructor(
    private readonly engine: WorkflowEngine,
    private readonly judge: StuckWorkflowJudge,
  ) {}

  async execute(
    filter: StuckFilter,
    scope: OperatorScope,
    page: { pageSize: number; pageToken?: string },
    now = new Date(),
  ): Promise<StuckPage> {
    const query = runningWorkflowsQuery(filter, await this.judge.unitsFor(filter, scope));
    let engineToken: Uint8Array | null = null;
    if (page.pageToken !== undefined) {
      engineToken = decodePageToken(query, page.pageToken);
      if (engineToken === null) throw invalidPageToken();
    }
    const listed = await servedOrRefused(filter, () =>
      this.engine.listRunningPage(query, page.pageSize, engineToken),
    );
    return {
      ...(await this.judge.judge(listed.workflows, filter, now)),
      scanned: listed.workflows.length,
      nextPageToken:
        listed.nextPageToken === null ? null : encodePageToken(query, listed.nextPageToken),
    };
  }
}
