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
import { fieldIssue, isIsoDate, requiredTextIssues } from '@tdkt/domain';
import type { DataSource } from 'typeorm';
import { type PlanPerson, PlanAudience } from '../plan-audience';
import { loadPlan, loadPlanItem, UUID } from '../plan-records';

export interface CompletePlanItemCommand {
  planId: string;
  itemKey: string;
  /** What shows the item was done: an issued document (number and date) or a link. */
  evidence: PlanItemEvidence;
  note?: string | null;
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
 * Marks an item of a running plan done, with its evidence: signals the workflow, which stops the
 * item's reminders and records the completion (the read model shows it moments later). The time is
 * taken here, when the person acts. The issuer's planners may complete any item, the owner unit's
 * officers, head and reviewers the items their unit owns.
 */
@Injectable()
export class CompletePlanItemUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly audience: PlanAudience,
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
    if (plan.status !== PlanStatus.ACTIVE || plan.workflowId === null)
      throw new AppError('PLAN_NOT_ACTIVE');
    if (item.status === 'DONE') throw new AppError('PLAN_ITEM_COMPLETED');
    if (command.completedBy !== null) await assertUserExists(this.dataSource, command.completedBy);
    const completedAt = new Date().toISOString();
    await this.temporal.workflow.getHandle(plan.workflowId).signal(completePlanItemSignal, {
      itemKey: item.key,
      completedAt,
      completedBy: command.completedBy,
      completedAs: grant === null ? null : { role: grant.role, unitId: grant.unitId },
      evidence,
      note,
      requestId: command.requestId ?? null,
    });
    return { accepted: true, completedAt };
  }
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
