import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type FieldError } from '@tdkt/contracts';
import {
  fieldIssue,
  isAwardCode,
  requiredTextIssues,
  ruleSetInForce,
  type NomineeKind,
} from '@tdkt/domain';
import { ServerConfig } from '@tdkt/server-config';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { loadPlan, UUID } from '../../plan-records';

export interface EmulationRegistrationEntry {
  awardCode: string;
  nomineeKind: NomineeKind;
  /** The person, or for a collective the collective's name (often the unit itself). */
  nomineeName: string;
}

export interface RegisterForEmulationCommand {
  planId: string;
  unitId: string;
  entries: EmulationRegistrationEntry[];
  registeredBy: string | null;
  requestId?: string | null;
}

export interface RegisterForEmulationResult {
  year: number;
  /** Entries new with this call; repeats of earlier entries are not counted twice. */
  registered: number;
  /** Whether the rules in force make titles depend on a registration (eligibility checks it). */
  requiredForTitles: boolean;
}

/**
 * Records a unit's emulation registration (đăng ký thi đua) for the year after the plan's, while the
 * plan's registration window is open (the plan workflow opens and closes it on the plan's clock) and
 * the unit is one of its participants. Only emulation titles
 * of the rule set in force on 1 January of that year (with the deployment's provincial profile) can be
 * registered, for the nominee kinds they allow.
 */
@Injectable()
export class RegisterForEmulationUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ServerConfig,
  ) {}

  async execute(command: RegisterForEmulationCommand): Promise<RegisterForEmulationResult> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await loadPlan(manager, command.planId);
      const year = plan.year + 1;
      const ruleSet = ruleSetInForce(`${year}-01-01`, this.config.RULES_PROFILE);
      const [window] = await manager.query<{ participant_unit_ids: string[] }[]>(
        `SELECT i.participant_unit_ids FROM plan_windows w
           JOIN plan_items i ON i.plan_id = w.plan_id AND i.item_key = w.item_key
          WHERE w.plan_id = $1 AND w.kind = 'emulation-registration' AND w.status = 'OPEN'
          ORDER BY w.closes_at LIMIT 1`,
        [plan.id],
      );
      if (window === undefined) throw new AppError('PLAN_WINDOW_CLOSED');
      const errors: FieldError[] = [];
      if (!UUID.test(command.unitId) || !window.participant_unit_ids.includes(command.unitId)) {
        errors.push(
          fieldIssue('unitId', 'window-participant', {
            vi: 'đơn vị không thuộc đợt đăng ký thi đua này',
            en: 'the unit does not take part in this registration window',
          }),
        );
      }
      if (
        !Array.isArray(command.entries) ||
        command.entries.length === 0 ||
        command.entries.length > 200
      ) {
        errors.push(
          fieldIssue('entries', 'size', { vi: 'cần 1–200 mục', en: 'needs 1–200 entries' }),
        );
      } else {
        command.entries.forEach((entry, index) => {
          const path = `entries[${index}]`;
          const award = isAwardCode(entry.awardCode) ? ruleSet.awards[entry.awardCode] : undefined;
          if (award === undefined || award.kind !== 'emulation-title') {
            errors.push(
              fieldIssue(`${path}.awardCode`, 'emulation-title', {
                vi: `không phải danh hiệu thi đua theo quy định năm ${year}`,
                en: `is not an emulation title under the ${year} rules`,
              }),
            );
          } else if (!award.nomineeKinds.includes(entry.nomineeKind)) {
            errors.push(
              fieldIssue(`${path}.nomineeKind`, 'nominee-kind', {
                vi: `danh hiệu này dành cho: ${award.nomineeKinds.join(', ')}`,
                en: `this title is for: ${award.nomineeKinds.join(', ')}`,
              }),
            );
          }
          errors.push(...requiredTextIssues(entry.nomineeName, `${path}.nomineeName`, 200));
        });
      }
      if (errors.length > 0) throw new AppError('VALIDATION_FAILED', errors);
      let registered = 0;
      for (const entry of command.entries) {
        const rows = await manager.query<unknown[]>(
          `INSERT INTO emulation_registrations (plan_id, year, unit_id, award_code, nominee_kind, nominee_name, registered_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (year, unit_id, award_code, nominee_kind, nominee_name) DO NOTHING RETURNING id`,
          [
            plan.id,
            year,
            command.unitId,
            entry.awardCode,
            entry.nomineeKind,
            entry.nomineeName.trim(),
            command.registeredBy,
          ],
        );
        registered += rows.length;
      }
      if (registered > 0) {
        await appendAudit(manager, {
          action: 'emulation.registered',
          entityType: 'plan',
          entityId: plan.id,
          actorKind: command.registeredBy === null ? 'system' : 'user',
          actorId: command.registeredBy,
          unitId: command.unitId,
          after: { year, entries: command.entries.map((e) => ({ ...e })) },
          requestId: command.requestId ?? null,
        });
      }
      return { year, registered, requiredForTitles: ruleSet.registration.requiredForTitles };
    });
  }
}
