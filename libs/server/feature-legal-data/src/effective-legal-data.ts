import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  BASE_SALARY_TABLE,
  HolidayCalendar,
  mergeSalarySteps,
  type BaseSalaryStep,
  type OfficialSchedule,
} from '@tdkt/domain';
import type { DataSource } from 'typeorm';

/** The legal data in effect: this release's built-in data with every publication on top. */
export interface LegalDataInEffect {
  /** The latest publication of any kind (0: none). */
  readonly revision: number;
  readonly calendar: HolidayCalendar;
  readonly salaries: readonly BaseSalaryStep[];
}

interface PublicationRow {
  revision: string;
  kind: 'holiday-schedule' | 'base-salary-step';
  payload: unknown;
}

/**
 * Reads the holiday calendar and the base-salary table in effect. The latest publication of each key
 * (a year, an effective date) replaces the built-in value; a publication takes effect as soon as it is
 * committed, in every API and worker process, because each read first asks which revision is the
 * latest (one indexed query) and rebuilds only when it changed.
 */
@Injectable()
export class EffectiveLegalData {
  private cached: LegalDataInEffect | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async current(): Promise<LegalDataInEffect> {
    const [latest] = await this.dataSource.query<{ revision: string | null }[]>(
      `SELECT max(revision)::text AS revision FROM legal_data_publications`,
    );
    const revision = Number(latest?.revision ?? 0);
    if (this.cached?.revision === revision) return this.cached;
    const rows = await this.dataSource.query<PublicationRow[]>(
      `SELECT DISTINCT ON (kind, key) revision::text AS revision, kind, payload
         FROM legal_data_publications ORDER BY kind, key, revision DESC`,
    );
    const schedules = rows.filter((row) => row.kind === 'holiday-schedule');
    const calendarRevision = Math.max(0, ...schedules.map((row) => Number(row.revision)));
    this.cached = {
      revision,
      calendar: HolidayCalendar.BUILT_IN.withSchedules(
        schedules.map((row) => row.payload as OfficialSchedule),
        calendarRevision,
      ),
      salaries: mergeSalarySteps(
        BASE_SALARY_TABLE,
        rows
          .filter((row) => row.kind === 'base-salary-step')
          .map((row) => row.payload as BaseSalaryStep),
      ),
    };
    return this.cached;
  }

  async calendar(): Promise<HolidayCalendar> {
    return (await this.current()).calendar;
  }

  async salaries(): Promise<readonly BaseSalaryStep[]> {
    return (await this.current()).salaries;
  }
}
