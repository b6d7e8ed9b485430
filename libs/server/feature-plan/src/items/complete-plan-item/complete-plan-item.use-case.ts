import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import {
  AppError,
  completePlanItemSignal,
  PlanStatus,
  type FieldError,
  type PlanItemEvidence,
} from '@tdkt/contracts';
import {
  fieldIssue,
  isIsoDate,
  localTimeToUtcIso,
  requiredTextIssues,
  vietnamDateOfEpochMillis,
} from '@tdkt/domain';
import type { DataSource } from 'typeorm';
import { RecordPlanItemCompletionUseCase } from '../../engine/record-plan-item-completion/record-plan-item-completion.use-case';
import { type PlanPerson, PlanAudience } from '../../plan-audience';
import { loadPlan, loadPlanItem, UUID } from '../../plan-records';

export interface CompletePlanItemCommand {
  planId: string;
  itemKey: string;
  /** What shows the item was done: an issued document (number and date) or a link. */
  evidence: PlanItemEvidence;
  note?: string | null;
  /**
   * The day the work was done (Vietnam date), when it is recorded later: not after today, not before
   * the plan's year. Default: now.
   */
  completedOn?: string;
  completedBy: string | null;
  /**
   * The person completing it (the API always names one): they must be able to read the plan (else
   * PLAN_NOT_FOUND) and be the issuer's planner or one of the owner unit's people (else FORBIDDEN),
   * see PlanAudience. Omitted by trusted callers only.
   */
  completer?: PlanPerson;
  requestId?: string | null;
}

/**
 * Marks an item done, with its evidence and the day the work was done (today unless said otherwise).
 * For a running plan it signals the workflow, which stops the item's reminders and records the
 * completion (the read model shows it moments later). A plan that has closed — often one loaded after
 * its dates — has no workflow left: the completion is recorded directly, audited as recorded after the
 * plan closed, so that work actually done is never lost for having been recorded late. The issuer's
 * planners may complete any item, the owner unit's officers, head and reviewers the items their unit
 * owns.
 */
@Injectable()
export class CompletePlanItemUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly audience: PlanAudience,
    private readonly record: RecordPlanItemCompletionUseCase,
  ) {}

  async execute(
    command: CompletePlanItemCommand,
  ): Promise<{ accepted: true; completedAt: string }> {
    const evidence = validEvidence(command.evidence);
    const note = command.note ?? null;
    if (note !== null && (typeof note !== 'string' || note.length > 2000)) {
      throw new AppError('VALIDATION_FAILED', [
        fieldIssue('note', 'max-length', {
          vi: 'tối đa 2000 ký tự',
          en: 'at most 2000 characters',
        }),
      ]);
    }
    const manager = this.dataSource.manager;
    const plan = await loadPlan(manager, command.planId);
    if (command.completer) await this.audience.assertCanRead(command.completer, plan);
    const item = await loadPlanItem(manager, plan.id, command.itemKey);
    const grant = command.completer
      ? await this.audience.assertCanComplete(command.completer, plan, item)
      : null;
    const running = plan.status === PlanStatus.ACTIVE && plan.workflowId !== null;
    if (!running && plan.status !== PlanStatus.CLOSED) throw new AppError('PLAN_NOT_ACTIVE');
    if (item.status === 'DONE') throw new AppError('PLAN_ITEM_COMPLETED');
    if (command.completedBy !== null) await assertUserExists(this.dataSource, command.completedBy);
    const completedAt = completionInstant(command.completedOn, plan.year);
    const completion = {
      completedAt,
      completedBy: command.completedBy,
      completedAs: grant === null ? null : { role: grant.role, unitId: grant.unitId },
      evidence,
      note,
    };
    if (running) {
      await this.temporal.workflow.getHandle(plan.workflowId!).signal(completePlanItemSignal, {
        itemKey: item.key,
        ...completion,
        requestId: command.requestId ?? null,
      });
    } else {
      await this.record.execute({
        planId: plan.id,
        itemKey: item.key,
        completion,
        requestId: command.requestId ?? null,
        planClosed: true,
      });
    }
    return { accepted: true, completedAt };
  }
}

/**
 * The instant of a completion done on `completedOn` (a Vietnam date): the end of that office day, or
 * now for today. 400 naming `completedOn` for a day after today or before the plan's year.
 */
function completionInstant(completedOn: string | undefined, planYear: number): string {
  const now = new Date();
  if (completedOn === undefined) return now.toISOString();
  const today = vietnamDateOfEpochMillis(now.getTime());
  const issue = !isIsoDate(completedOn)
    ? {
        rule: 'iso-date',
        vi: 'phải là ngày hợp lệ dạng YYYY-MM-DD',
        en: 'must be a valid date written YYYY-MM-DD',
      }
    : completedOn > today
      ? {
          rule: 'not-future',
          vi: `không được sau hôm nay (${today})`,
          en: `cannot be after today (${today})`,
        }
      : completedOn < `${planYear}-01-01`
        ? {
            rule: 'in-plan-year',
            vi: `không được trước năm của kế hoạch (${planYear})`,
            en: `cannot be before the plan's year (${planYear})`,
          }
        : null;
  if (issue !== null)
    throw new AppError('VALIDATION_FAILED', [
      fieldIssue('completedOn', issue.rule, { vi: issue.vi, en: issue.en }),
    ]);
  if (completedOn === today) return now.toISOString();
  return localTimeToUtcIso(completedOn, '17:00');
}

function validEvidence(evidence: PlanItemEvidence | undefined): PlanItemEvidence {
  const errors: FieldError[] = [];
  if (evidence?.type === 'document') {
    errors.push(...requiredTextIssues(evidence.number, 'evidence.number', 64));
    if (!isIsoDate(evidence.issuedOn)) {
      errors.push(
        fieldIssue('evidence.issuedOn', 'iso-date', {
          vi: 'phải là ngày hợp lệ dạng YYYY-MM-DD',
          en: 'must be a valid date written YYYY-MM-DD',
        }),
      );
    }
  } else if (evidence?.type === 'link') {
    let url: URL | null = null;
    try {
      url = new URL(evidence.url);
    } catch {
      url = null;
    }
    if (url === null || !['http:', 'https:'].includes(url.protocol) || evidence.url.length > 2000) {
      errors.push(
        fieldIssue('evidence.url', 'http-url', {
          vi: 'phải là địa chỉ http(s) hợp lệ, tối đa 2000 ký tự',
          en: 'must be a valid http(s) address of at most 2000 characters',
        }),
      );
    }
  } else {
    errors.push(
      fieldIssue('evidence.type', 'evidence-type', {
        vi: 'phải là "document" (văn bản) hoặc "link" (đường dẫn)',
        en: 'must be "document" or "link"',
      }),
    );
  }
  const title = evidence?.title ?? null;
  if (title !== null && (typeof title !== 'string' || title.length > 500)) {
    errors.push(
      fieldIssue('evidence.title', 'max-length', {
        vi: 'tối đa 500 ký tự',
        en: 'at most 500 characters',
      }),
    );
  }
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', errors);
  return evidence!.type === 'document'
    ? { type: 'document', number: evidence!.number.trim(), issuedOn: evidence!.issuedOn, title }
    : { type: 'link', url: (evidence as { url: string }).url, title };
}

async function assertUserExists(dataSource: DataSource, userId: string): Promise<void> {
  const rows = UUID.test(userId)
    ? await dataSource.query<unknown[]>(`SELECT 1 FROM users WHERE id = $1`, [userId])
    : [];
  if (rows.length === 0) {
    throw new AppError('VALIDATION_FAILED', [
      fieldIssue('completedBy', 'user-exists', {
        vi: 'không có người dùng này',
        en: 'there is no such user',
      }),
    ]);
  }
}
