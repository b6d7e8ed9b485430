import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, PlanStatus, type FieldError } from '@tdkt/contracts';
import { fieldIssue, planItemDueOn, type PlanDefinition } from '@tdkt/domain';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource, EntityManager } from 'typeorm';
import { IssuePlanUseCase } from '../../issue/issue-plan/issue-plan.use-case';
import { UUID } from '../../plan-records';
import { PlanUnits, type PlanUnit } from '../../plan-units';
import { matchUnitReference } from '../match-unit-reference';
import { parsePlanSource } from '../parse-plan-source';
import {
  resolvePlanUnits,
  unitReferenceError,
  type ResolvedPlanUnits,
} from '../resolve-plan-units';

export interface ImportPlanCommand {
  /** The plan document, YAML or JSON, in the shape of infra/seed/plan-2024.yaml. */
  source: string;
  /**
   * The issuing unit (normally the importing user's). When unset, the document's `issuer` is looked
   * up among all units by code or name.
   */
  issuerUnitId?: string | null;
  /** Issue the plan and start its workflow right away (default), or keep it as a draft. */
  activate?: boolean;
  /** See IssuePlanCommand.startAsOf. */
  startAsOf?: string | null;
  importedBy: string | null;
  requestId?: string | null;
}

export interface ImportPlanResult {
  planId: string;
  /** False when the same document had been imported before: nothing new was written. */
  created: boolean;
  status: PlanStatus;
  workflowId: string | null;
  items: number;
}

/**
 * Imports a plan document: validates it field by field, resolves every unit it names (a unit code,
 * or a name within the issuer's units: the issuer and everything under it), stores it and, unless
 * asked not to, issues it. Importing the same document again returns the plan it created; another
 * document with the same issuer, year and number is refused.
 */
@Injectable()
export class ImportPlanUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly units: PlanUnits,
    private readonly issuePlan: IssuePlanUseCase,
  ) {}

  async execute(command: ImportPlanCommand): Promise<ImportPlanResult> {
    const definition = parsePlanSource(command.source);
    const contentHash = createHash('sha256').update(JSON.stringify(definition)).digest('hex');
    const stored = await this.dataSource.transaction(async (manager) => {
      const issuer = await this.resolveIssuer(manager, definition, command.issuerUnitId ?? null);
      const errors: FieldError[] = [];
      const resolved = resolvePlanUnits(
        definition,
        issuer.id,
        await this.units.subtree(issuer.id, manager),
        errors,
      );
      if (errors.length > 0) throw new AppError('VALIDATION_FAILED', errors);
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `plan|${issuer.id}|${definition.year}|${definition.number ?? ''}`,
      ]);
      const existing = await this.findSame(manager, issuer.id, definition);
      if (existing !== undefined) {
        if (existing.content_hash !== contentHash) {
          throw new AppError('PLAN_ALREADY_EXISTS', [
            fieldIssue('plan.number', 'unique', {
              vi: `đơn vị đã có kế hoạch số ${definition.number} năm ${definition.year}`,
              en: `the issuer already has plan ${definition.number} for ${definition.year}`,
            }),
          ]);
        }
        return {
          planId: existing.id,
          created: false,
          status: existing.status,
          workflowId: existing.workflow_id,
        };
      }
      const planId = await this.insert(manager, definition, issuer, resolved, contentHash, command);
      return { planId, created: true, status: PlanStatus.DRAFT, workflowId: null };
    });
    const result = { ...stored, items: definition.items.length };
    if ((command.activate ?? true) && stored.status === PlanStatus.DRAFT) {
      const issued = await this.issuePlan.execute({
        planId: stored.planId,
        actorId: command.importedBy,
        requestId: command.requestId ?? null,
        startAsOf: command.startAsOf ?? null,
      });
      return { ...result, status: issued.status, workflowId: issued.workflowId };
    }
    return result;
  }

  private async resolveIssuer(
    manager: EntityManager,
    definition: PlanDefinition,
    issuerUnitId: string | null,
  ): Promise<PlanUnit> {
    const all = await this.units.all(manager);
    if (issuerUnitId !== null) {
      const unit = UUID.test(issuerUnitId) ? all.find((u) => u.id === issuerUnitId) : undefined;
      if (unit !== undefined) return unit;
      throw new AppError('UNIT_NOT_FOUND', [
        fieldIssue('issuerUnitId', 'exists', {
          vi: 'không có đơn vị này',
          en: 'there is no such unit',
        }),
      ]);
    }
    const match = matchUnitReference(definition.issuer, all);
    if (match.kind === 'found') return all.find((u) => u.id === match.unit.id)!;
    throw new AppError('VALIDATION_FAILED', [
      unitReferenceError(
        'plan.issuer',
        definition.issuer,
        match.kind === 'ambiguous' ? match.candidates : undefined,
      ),
    ]);
  }

  private async findSame(manager: EntityManager, issuerId: string, definition: PlanDefinition) {
    if (definition.number === null) return undefined;
    const [row] = await manager.query<
      { id: string; status: PlanStatus; workflow_id: string | null; content_hash: string | null }[]
    >(
      `SELECT id, status, workflow_id, content_hash FROM plans
        WHERE issuer_unit_id = $1 AND year = $2 AND number = $3`,
      [issuerId, definition.year, definition.number],
    );
    return row;
  }

  private async insert(
    manager: EntityManager,
    definition: PlanDefinition,
    issuer: PlanUnit,
    resolved: ResolvedPlanUnits,
    contentHash: string,
    command: ImportPlanCommand,
  ): Promise<string> {
    const [plan] = await manager.query<{ id: string }[]>(
      `INSERT INTO plans (year, number, issued_on, issuer_unit_id, issuer_name, signer, standing_body_unit_id,
                          legal_basis, goals, standing_duties, recipients, reminder_offsets, status,
                          content_hash, created_by, targets)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'DRAFT', $13, $14, $15) RETURNING id`,
      [
        definition.year,
        definition.number,
        definition.issuedOn,
        issuer.id,
        definition.issuer,
        definition.signer,
        resolved.standingBodyUnitId,
        JSON.stringify(definition.legalBasis),
        JSON.stringify(definition.goals),
        JSON.stringify(definition.standingDuties),
        JSON.stringify(definition.recipients),
        definition.reminderOffsets,
        contentHash,
        command.importedBy,
        JSON.stringify(definition.targets),
      ],
    );
    const planId = plan!.id;
    for (const [position, item] of definition.items.entries()) {
      await manager.query(
        `INSERT INTO plan_items (plan_id, item_key, position, quarter, due_on, due_explicit, owner_unit_id, kind,
                                 text_vi, text_en, recurring, participant_unit_ids, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'OPEN')`,
        [
          planId,
          item.key,
          position + 1,
          item.quarter,
          planItemDueOn(definition.year, item),
          item.due !== null,
          resolved.owners.get(item.key)!.id,
          item.kind,
          item.text.vi,
          item.text.en,
          item.recurring,
          resolved.participants.get(item.key) ?? [],
        ],
      );
    }
    await appendAudit(manager, {
      action: 'plan.imported',
      entityType: 'plan',
      entityId: planId,
      actorKind: command.importedBy === null ? 'system' : 'user',
      actorId: command.importedBy,
      unitId: issuer.id,
      after: {
        year: definition.year,
        number: definition.number,
        items: definition.items.length,
        contentHash,
      },
      requestId: command.requestId ?? null,
    });
    return planId;
  }
}
