import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppError, DossierStage, type Nominee } from '@tdkt/contracts';
import { isAwardCode, NOMINEE_KIND_NAMES, nomineeCategoryIssues } from '@tdkt/domain';
import { ServerConfig } from '@tdkt/server-config';
import { appendAudit, type AuditContext } from '@tdkt/server-database';
import type { EntityManager } from 'typeorm';
import { allocateDossierCode } from '../dossier-code';
import { claimInitiatives } from '../initiatives/claim-initiatives';
import { searchableText } from '../nominee-search';
import { requestHash } from '../request-hash';
import { ruleSetForSubmissions } from '../rules-date';
import type { CreateDossierCommand, CreatedDossier } from './create-dossier.use-case';

/**
 * Writes a draft dossier (bản nháp) with its business code inside a transaction the caller holds:
 * one request's own (CreateDossierUseCase), or an import's that creates all its drafts or none.
 * A request with an idempotency key already answered yields its first dossier again.
 */
@Injectable()
export class DossierDrafts {
  constructor(private readonly config: ServerConfig) {}

  /** Creates the draft within the caller's transaction: an import creates all its drafts or none. */
  async createWithin(
    manager: EntityManager,
    command: CreateDossierCommand,
    audit: AuditContext & { actorId: string },
    beforeCreating?: () => Promise<void>,
  ): Promise<CreatedDossier> {
    const scope = audit.actorId;
    const hash = requestHash({ ...command, idempotencyKey: undefined });
    if (command.idempotencyKey !== undefined) {
      // Same-key requests queue here until the first one commits, then find its dossier.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `${scope}|${command.idempotencyKey}`,
      ]);
      const [existing] = await manager.query<
        { request_hash: string; response: { id: string; code: string } }[]
      >(`SELECT request_hash, response FROM idempotency_keys WHERE scope = $1 AND key = $2`, [
        scope,
        command.idempotencyKey,
      ]);
      if (existing !== undefined) {
        if (existing.request_hash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
        return { ...existing.response, replayed: true };
      }
    }
    this.assertAwardFitsNominee(command);
    await assertUnitActive(manager, command.proposingUnitId);
    await beforeCreating?.();
    const created = { id: randomUUID(), code: await allocateDossierCode(manager, command.year) };
    await manager.query(
      `INSERT INTO dossiers (id, code, year, award_code, proposing_unit_id, nominee, nominee_name, nominee_search,
                               achievements_summary, stage, workflow_id, author_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        created.id,
        created.code,
        command.year,
        command.awardCode,
        command.proposingUnitId,
        JSON.stringify(command.nominee),
        command.nominee.name,
        searchableText(command.nominee.name),
        command.achievementsSummary,
        DossierStage.DRAFT,
        created.code,
        audit.actorId,
      ],
    );
    if (command.initiativeIds !== undefined && command.initiativeIds.length > 0)
      await claimInitiatives(manager, created.id, command.initiativeIds);
    if (command.idempotencyKey !== undefined) {
      await manager.query(
        `INSERT INTO idempotency_keys (scope, key, request_hash, response) VALUES ($1, $2, $3, $4)`,
        [scope, command.idempotencyKey, hash, JSON.stringify(created)],
      );
    }
    await appendAudit(manager, {
      ...audit,
      action: 'dossier.created',
      entityType: 'dossier',
      entityId: created.id,
      unitId: command.proposingUnitId,
      after: {
        code: created.code,
        stage: DossierStage.DRAFT,
        awardCode: command.awardCode,
        year: command.year,
        nominee: command.nominee.name,
        categories: nomineeCategoriesOf(command.nominee),
      },
    });
    return { ...created, replayed: false };
  }

  /** The award must exist and be given to this kind of nominee under today's rules. */
  private assertAwardFitsNominee(command: CreateDossierCommand): void {
    if (!isAwardCode(command.awardCode)) {
      throw new AppError('VALIDATION_FAILED', [
        {
          field: 'awardCode',
          rule: 'known-award-code',
          message: {
            vi: `Mã danh hiệu/hình thức khen thưởng "${command.awardCode}" không tồn tại.`,
            en: `Award code "${command.awardCode}" is not known.`,
          },
        },
      ]);
    }
    const ruleSet = ruleSetForSubmissions(this.config, command.year);
    const award = ruleSet.awards[command.awardCode];
    if (award === undefined) {
      throw new AppError('VALIDATION_FAILED', [
        {
          field: 'awardCode',
          rule: 'award-in-rule-set',
          message: {
            vi: `Bộ quy tắc đang áp dụng (${ruleSet.id}) không có danh hiệu/hình thức khen thưởng "${command.awardCode}".`,
            en: `The rule set in force (${ruleSet.id}) has no award "${command.awardCode}".`,
          },
        },
      ]);
    }
    const categoryIssues = nomineeCategoryIssues(command.nominee);
    if (categoryIssues.length > 0) throw new AppError('VALIDATION_FAILED', categoryIssues);
    if (!award.nomineeKinds.includes(command.nominee.kind)) {
      throw new AppError('VALIDATION_FAILED', [
        {
          field: 'nominee.kind',
          rule: 'award-nominee-kind',
          message: {
            vi: `${award.name.vi} chỉ xét cho: ${award.nomineeKinds.map((kind) => NOMINEE_KIND_NAMES[kind].vi).join(', ')}.`,
            en: `${award.name.en} is given to: ${award.nomineeKinds.map((kind) => NOMINEE_KIND_NAMES[kind].en).join(', ')} only.`,
          },
        },
      ]);
    }
  }
}

/** A retired or merged unit proposes nothing new; its successor does. */
export async function assertUnitActive(manager: EntityManager, unitId: string): Promise<void> {
  const [unit] = await manager.query<{ active: boolean }[]>(
    `SELECT (valid_to IS NULL OR valid_to >= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AND merged_into_id IS NULL AS active
       FROM units WHERE id = $1`,
    [unitId],
  );
  if (unit === undefined) {
    throw new AppError('UNIT_NOT_FOUND', [
      {
        field: 'proposingUnitId',
        rule: 'exists',
        message: { vi: `Không có đơn vị với mã ${unitId}.`, en: `No unit has id ${unitId}.` },
      },
    ]);
  }
  if (!unit.active) {
    throw new AppError('UNIT_INACTIVE', [
      {
        field: 'proposingUnitId',
        rule: 'activeUnit',
        message: {
          vi: 'Đơn vị đề nghị đã giải thể hoặc sáp nhập.',
          en: 'The proposing unit has been retired or merged.',
        },
      },
    ]);
  }
}

/** The nominee's categories a dossier states, for the audit trail (only those stated). */
export function nomineeCategoriesOf(nominee: Nominee): Partial<Nominee> {
  const { gender, directWorker, ethnicMinority, leaderOrManager } = nominee;
  return Object.fromEntries(
    Object.entries({ gender, directWorker, ethnicMinority, leaderOrManager }).filter(
      ([, value]) => value !== undefined,
    ),
  );
}
