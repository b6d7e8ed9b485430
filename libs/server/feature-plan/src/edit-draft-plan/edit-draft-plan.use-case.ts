import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, PlanStatus, type FieldError, type RoleGrant } from '@tdkt/contracts';
import {
  fieldIssue,
  isIsoDate,
  normalizeReminderOffsets,
  reminderOffsetsIssues,
  requiredTextIssues,
} from '@tdkt/domain';
import { appendAudit, pgErrorCode, PgErrorCode } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { loadPlan, loadPlanItems, UUID } from '../plan-records';
import { PlanUnits } from '../plan-units';
import { planView, vietnamToday, type PlanView } from '../read/plan-views';

export interface DraftPlanChanges {
  number?: string;
  issuedOn?: string | null;
  signer?: string | null;
  standingBodyUnitId?: string;
  legalBasis?: string[];
  goals?: string[];
  standingDuties?: string[];
  recipients?: string[];
  /** Working days before each due date that reminders go out. */
  reminderOffsets?: number[];
}

/**
 * Edits the header of a draft plan (typically next year's draft before it is issued): number,
 * dates, standing body, legal bases, goals, reminder offsets. A running plan's header is fixed
 * (PLAN_NOT_EDITABLE). The standing body, as on import, is the issuer or a unit under it.
 */
@Injectable()
export class EditDraftPlanUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly units: PlanUnits,
  ) {}

  async execute(command: {
    planId: string;
    changes: DraftPlanChanges;
    actorId: string | null;
    /** The role and unit the person acts under, for the audit trail. */
    actedAs?: RoleGrant | null;
    requestId?: string | null;
  }): Promise<PlanView> {
    const changes = Object.fromEntries(
      Object.entries(command.changes).filter(([, value]) => value !== undefined),
    ) as DraftPlanChanges;
    const errors: FieldError[] = [];
    if (Object.keys(changes).length === 0) {
      throw new AppError('VALIDATION_FAILED', [
        fieldIssue('changes', 'not-empty', {
          vi: 'cần ít nhất một trường để sửa',
          en: 'name at least one field to change',
        }),
      ]);
    }
    if (changes.number !== undefined)
      errors.push(...requiredTextIssues(changes.number, 'number', 64));
    if (changes.signer !== undefined && changes.signer !== null) {
      errors.push(...requiredTextIssues(changes.signer, 'signer', 200));
    }
    if (
      changes.issuedOn !== undefined &&
      changes.issuedOn !== null &&
      !isIsoDate(changes.issuedOn)
    ) {
      errors.push(
        fieldIssue('issuedOn', 'iso-date', {
          vi: 'phải là ngày hợp lệ dạng YYYY-MM-DD',
          en: 'must be a valid date written YYYY-MM-DD',
        }),
      );
    }
    for (const field of ['legalBasis', 'goals', 'standingDuties', 'recipients'] as const) {
      const list = changes[field];
      if (list === undefined) continue;
      if (!Array.isArray(list)) {
        errors.push(fieldIssue(field, 'array', { vi: 'phải là danh sách', en: 'must be a list' }));
      } else {
        list.forEach((entry, index) =>
          errors.push(...requiredTextIssues(entry, `${field}[${index}]`)),
        );
      }
    }
    if (changes.reminderOffsets !== undefined) {
      errors.push(...reminderOffsetsIssues(changes.reminderOffsets, 'reminderOffsets'));
    }
    if (changes.standingBodyUnitId !== undefined) {
      const id = changes.standingBodyUnitId;
      if (!UUID.test(id) || (await this.units.missing([id])).length > 0) {
        errors.push(
          fieldIssue('standingBodyUnitId', 'unit-exists', {
            vi: 'không có đơn vị này',
            en: 'there is no such unit',
          }),
        );
      }
    }
    if (errors.length > 0) throw new AppError('VALIDATION_FAILED', errors);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const plan = await loadPlan(manager, command.planId, true);
        if (plan.status !== PlanStatus.DRAFT) throw new AppError('PLAN_NOT_EDITABLE');
        if (
          changes.standingBodyUnitId !== undefined &&
          !(await this.units.subtree(plan.issuerUnitId, manager)).some(
            (unit) => unit.id === changes.standingBodyUnitId,
          )
        ) {
          throw new AppError('VALIDATION_FAILED', [
            fieldIssue('standingBodyUnitId', 'unit-under-issuer', {
              vi: 'cơ quan thường trực phải là đơn vị ban hành hoặc đơn vị trực thuộc',
              en: 'the standing body must be the issuer or a unit under it',
            }),
          ]);
        }
        const after = {
          number: changes.number?.trim() ?? plan.number,
          issuedOn: changes.issuedOn !== undefined ? changes.issuedOn : plan.issuedOn,
          signer: changes.signer !== undefined ? changes.signer : plan.signer,
          standingBodyUnitId: changes.standingBodyUnitId ?? plan.standingBodyUnitId,
          legalBasis: changes.legalBasis ?? plan.legalBasis,
          goals: changes.goals ?? plan.goals,
          standingDuties: changes.standingDuties ?? plan.standingDuties,
          recipients: changes.recipients ?? plan.recipients,
          reminderOffsets: changes.reminderOffsets
            ? normalizeReminderOffsets(changes.reminderOffsets)
            : plan.reminderOffsets,
        };
        await manager.query(
          `UPDATE plans SET number = $2, issued_on = $3, signer = $4, standing_body_unit_id = $5, legal_basis = $6,
                            goals = $7, standing_duties = $8, recipients = $9, reminder_offsets = $10, updated_at = now()
            WHERE id = $1`,
          [
            plan.id,
            after.number,
            after.issuedOn,
            after.signer,
            after.standingBodyUnitId,
            JSON.stringify(after.legalBasis),
            JSON.stringify(after.goals),
            JSON.stringify(after.standingDuties),
            JSON.stringify(after.recipients),
            after.reminderOffsets,
          ],
        );
        await appendAudit(manager, {
          action: 'plan.draft.edited',
          entityType: 'plan',
          entityId: plan.id,
          actorKind: command.actorId === null ? 'system' : 'user',
          actorId: command.actorId,
          actorRole: command.actedAs?.role ?? null,
          actorUnitId: command.actedAs?.unitId ?? null,
          unitId: plan.issuerUnitId,
          before: Object.fromEntries(
            Object.keys(changes).map((key) => [key, plan[key as keyof typeof plan]]),
          ),
          after: Object.fromEntries(
            Object.keys(changes).map((key) => [key, after[key as keyof typeof after]]),
          ),
          requestId: command.requestId ?? null,
        });
        const edited = await loadPlan(manager, plan.id);
        return planView(edited, await loadPlanItems(manager, plan.id), vietnamToday());
      });
    } catch (error) {
      if (pgErrorCode(error) !== PgErrorCode.uniqueViolation) throw error;
      throw new AppError('PLAN_ALREADY_EXISTS', [
        fieldIssue('number', 'unique', {
          vi: 'đơn vị đã có kế hoạch cùng số trong năm này',
          en: 'the issuer already has a plan with this number for the year',
        }),
      ]);
    }
  }
}
