import { Injectable } from '@nestjs/common';
import {
  AppError,
  STUCK_REASONS,
  type StuckCounts,
  type StuckFilter,
  type StuckReport,
  type StuckWorkflow,
} from '@tdkt/contracts';
import { EffectiveLegalData } from '@tdkt/server-feature-legal-data';
import { detectStuck, matchingFindings } from '../detect/detect-stuck';
import { type ListedWorkflow, VisibilityQueryRefused } from '../engine/workflow-engine';
import { refusedFilterFields } from '../engine/visibility-query';
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
 * What finding stuck workflows takes, whether all at once or a page at a time: the operator's units
 * to look at, and each listed workflow judged (visibility narrows by business terms, the read model
 * adds tasks and timelines, `describe` what only Temporal knows; every reason comes with its evidence).
 */
@Injectable()
export class StuckWorkflowJudge {
  constructor(
    private readonly readModel: OperationsReadModel,
    private readonly collector: WorkflowFactsCollector,
    private readonly settings: OperationsSettings,
    private readonly legalData: EffectiveLegalData,
  ) {}

  async judge(
    listed: ListedWorkflow[],
    filter: StuckFilter,
    now: Date,
  ): Promise<Omit<StuckReport, 'scanned'>> {
    const calendar = await this.legalData.calendar();
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
    return { items, counts, scannedAt: now.toISOString() };
  }

  /** The proposing units to look at: the filter's unit subtree, within the operator's scope. */
  async unitsFor(filter: StuckFilter, scope: OperatorScope): Promise<string[] | null> {
    if (filter.unitId === undefined) return scope.all ? null : [...scope.unitIds];
    const subtree = await this.readModel.subtree(filter.unitId);
    return scope.all ? subtree : subtree.filter((unit) => scope.unitIds.includes(unit));
  }
}

/** The listing, or 400 FILTER_NOT_SUPPORTED when the visibility server cannot serve the filter. */
export async function servedOrRefused<T>(filter: StuckFilter, list: () => Promise<T>): Promise<T> {
  try {
    return await list();
  } catch (error) {
    if (!(error instanceof VisibilityQueryRefused)) throw error;
    throw filterNotServed(refusedFilterFields(filter, error.serverMessage), error.serverMessage);
  }
}

/** 400 naming each filter this deployment's workflow engine cannot select by. */
function filterNotServed(fields: string[], serverMessage: string): AppError {
  return new AppError(
    'FILTER_NOT_SUPPORTED',
    fields.map((field) => ({
      field,
      rule: 'servedByVisibility',
      message: {
        vi: `Máy chủ quy trình (Temporal) của hệ thống này không lọc được theo "${field}" (${serverMessage}). Bỏ bộ lọc này, hoặc nhờ quản trị đăng ký thuộc tính tìm kiếm tương ứng.`,
        en: `This deployment's workflow engine (Temporal) cannot filter by "${field}" (${serverMessage}). Drop this filter, or have the search attribute registered.`,
      },
    })),
  );
}

/** 400 naming the page token: only a token a previous page answered continues a list. */
export function invalidPageToken(): AppError {
  return new AppError('VALIDATION_FAILED', [
    {
      field: 'pageToken',
      rule: 'isPageToken',
      message: {
        vi: 'Mã trang không hợp lệ: dùng nextPageToken của trang trước, với cùng bộ lọc.',
        en: 'Not a valid page token: use the nextPageToken of the previous page, with the same filter.',
      },
    },
  ]);
}
