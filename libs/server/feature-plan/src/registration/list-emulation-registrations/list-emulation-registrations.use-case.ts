import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type FieldError } from '@tdkt/contracts';
import { fieldIssue, type AwardCode, type NomineeKind } from '@tdkt/domain';
import type { DataSource } from 'typeorm';
import { UUID } from '../../plan-records';

export interface EmulationRegistrationView {
  unitId: string;
  unitName: string;
  awardCode: AwardCode;
  nomineeKind: NomineeKind;
  nomineeName: string;
  registeredAt: string;
}

/**
 * Registrations for a year, optionally of one unit (and optionally one nominee): what eligibility
 * reads as `registeredFor` when the rules require a registration for titles.
 */
@Injectable()
export class ListEmulationRegistrationsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(query: {
    year: number;
    unitId?: string;
    nomineeName?: string;
  }): Promise<EmulationRegistrationView[]> {
    const errors: FieldError[] = [];
    if (!Number.isInteger(query.year)) {
      errors.push(
        fieldIssue('year', 'integer', { vi: 'phải là số nguyên', en: 'must be an integer' }),
      );
    }
    if (query.unitId !== undefined && !UUID.test(query.unitId)) {
      errors.push(fieldIssue('unitId', 'uuid', { vi: 'phải là mã UUID', en: 'must be a UUID' }));
    }
    if (errors.length > 0) throw new AppError('VALIDATION_FAILED', errors);
    const rows = await this.dataSource.query<
      (Omit<EmulationRegistrationView, 'registeredAt'> & { registeredAt: Date })[]
    >(
      `SELECT r.unit_id AS "unitId", u.name AS "unitName", r.award_code AS "awardCode",
              r.nominee_kind AS "nomineeKind", r.nominee_name AS "nomineeName", r.registered_at AS "registeredAt"
         FROM emulation_registrations r JOIN units u ON u.id = r.unit_id
        WHERE r.year = $1 AND ($2::uuid IS NULL OR r.unit_id = $2)
          AND ($3::text IS NULL OR lower(r.nominee_name) = lower($3))
        ORDER BY u.code, r.award_code, r.nominee_name`,
      [query.year, query.unitId ?? null, query.nomineeName ?? null],
    );
    return rows.map((row) => ({ ...row, registeredAt: row.registeredAt.toISOString() }));
  }
}
