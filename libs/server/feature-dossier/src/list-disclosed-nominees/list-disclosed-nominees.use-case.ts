import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DisclosedNominee, DisclosedRow, OPEN_DISCLOSURE, disclosed } from '../public-disclosure';

/**
 * The public disclosure (công khai) of nominees, without signing in: during a dossier's disclosure
 * window its nominee's name, unit, award and achievements summary. Outside the window it is not shown.
 */
@Injectable()
export class ListDisclosedNomineesUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(): Promise<DisclosedNominee[]> {
    const rows = await this.dataSource.query<DisclosedRow[]>(
      `SELECT d.id, d.code, d.nominee_name, u.name AS unit_name, d.award_code, d.rule_set_id, d.year,
              d.achievements_summary, d.stage_due_at
         FROM dossiers d JOIN units u ON u.id = d.proposing_unit_id
        WHERE ${OPEN_DISCLOSURE} ORDER BY d.stage_due_at NULLS LAST, d.code LIMIT 500`,
    );
    return rows.map(disclosed);
  }
}
