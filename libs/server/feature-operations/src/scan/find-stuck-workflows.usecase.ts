import { Injectable } from '@nestjs/common';
import {
  STUCK_REASONS,
  type StuckCounts,
  type StuckFilter,
  type StuckReport,
  type StuckWorkflow,
} from '@tdkt/contracts';
import { EffectiveLegalData } from '@tdkt/server-feature-legal-data';
import { detectStuck, matchingFindings } from '../detect/detect-stuck';
import { type ListedWorkflow, WorkflowEngine } from '../engine/workflow-engine';
import { runningWorkflowsQuery } from '../engine/visibility-query';
import { OperationsReadModel } from '../read-model/operations-read-model';
import type { OperatorScope } from '../scope/operator-scope';
import { OperationsSettings } from '../settings/operations-settings';
import { temporalUiLink } from './temporal-ui-link';
import { WorkflowFactsCollector } from './workflow-facts-collector';

/** Zero for every reason. */
export function emptyCounts(): StuckCounts {
  return Object.fromEntries(STUCK_REASONS.map((reason) => [reason, 0])) as StuckCounts;
}

/**
 * Finds the stuck workflows among the running ones the filter selects: visibility narrows by business
 * terms (stage, unit, award, year, type), the read model adds tasks and timelines, `describe` what
 * only Temporal knows; each workflow comes with every reason it is stuck for and the evidence.
 */
@Injectable()
export class FindStuckWorkflowsUseCase {
  constructor(
    private readonly engine: WorkflowEngine,
    private readonly readModel: OperationsReadModel,
    private readonly collector: WorkflowFactsCollector,
    private readonly settings: OperationsSettings,
    private readonly legalData: EffectiveLegalData,
  ) {}

  async execute(filter: StuckFilter, scope: OperatorScope, now = new Date()): Promise<StuckReport> {
    const calendar = await this.legalData.calendar();
    const query = runningWorkflowsQuery(filter, await this.unitsFor(filter, scope));
    const listed: ListedWorkflow[] = [];
    for await (const workflow of this.engine.listRunning(query)) listed.push(workflow);
    const reasons = filter.reason === undefined ? STUCK_REASONS : [filter.reason];
    const counts = emptyCounts();
    const items: StuckWorkflow[] = [];
    const collected = await this.collector.collect(listed, now, reasons);
    const subjects = await this.readModel.subjects(
      collected.filter((facts) => facts.dossier === null).map((facts) => facts.workflowId),
    );
    for (const facts of collected) {
      const findings = matchingFindings(
        detectStuck(facts, now, this.settings, calendar),
        filter,
        now,
      );
      if (findings.length === 0) continue;
      const stuckFor = [...new Set(findings.map((finding) => finding.reason))];
      for (const reason of stuckFor) counts[reason] += 1;
      items.push({
        workflowId: facts.workflowId,
        runId: facts.runId,
        workflowType: facts.workflowType,
        startedAt: facts.startedAt.toISOString(),
        dossier: facts.dossier,
        subject: subjects.get(facts.workflowId) ?? null,
        reasons: stuckFor,
        findings,
        temporalUiUrl: temporalUiLink(this.settings, facts.workflowId, facts.runId),
      });
    }
    return { items, counts, scanned: listed.length, scannedAt: now.toISOString() };
  }

  /** The proposing units to look at: the filter's unit subtree, within the operator's scope. */
  private async unitsFor(filter: StuckFilter, scope: OperatorScope): Promise<string[] | null> {
    if (filter.unitId === undefined) return scope.all ? null : [...scope.unitIds];
    const subtree = await this.readModel.subtree(filter.unitId);
    return scope.all ? subtree : subtree.filter((unit) => scope.unitIds.includes(unit));
  }
}
