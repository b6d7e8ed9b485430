import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import { HolidayCalendar, type BaseSalaryStep, type YearHolidays } from '@tdkt/domain';
import type { DataSource } from 'typeorm';
import { EffectiveLegalData } from '../effective-legal-data';

/** One publication in the log, newest first. */
export interface LegalDataPublicationView {
  revision: number;
  kind: 'holiday-schedule' | 'base-salary-step';
  key: string;
  /** What was published (a year's schedule, a salary step) with its source. */
  value: unknown;
  publishedAt: string;
  publishedBy: { id: string; name: string | null };
  /** False once a later publication of the same key replaced it. */
  inEffect: boolean;
}

/** A year's calendar as the API shows it: where it comes from and which publication, if any. */
export interface HolidayYearView extends YearHolidays {
  origin: 'published' | 'release' | 'provisional';
  revision: number | null;
}

/** A base-salary step as the API shows it, with where it comes from. */
export interface SalaryStepView extends BaseSalaryStep {
  origin: 'published' | 'release';
  revision: number | null;
}

/** What people read of the legal data: the log of publications and the data in effect. */
@Injectable()
export class LegalDataViewsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly effective: EffectiveLegalData,
  ) {}

  async publications(filter: {
    kind?: LegalDataPublicationView['kind'];
  }): Promise<LegalDataPublicationView[]> {
    const rows = await this.dataSource.query<
      {
        revision: string;
        kind: LegalDataPublicationView['kind'];
        key: string;
        payload: unknown;
        published_at: Date;
        published_by: string;
        publisher_name: string | null;
        in_effect: boolean;
      }[]
    >(
      `SELECT p.revision::text AS revision, p.kind, p.key, p.payload, p.published_at, p.published_by,
              u.full_name AS publisher_name,
              NOT EXISTS (SELECT 1 FROM legal_data_publications l
                           WHERE l.kind = p.kind AND l.key = p.key AND l.revision > p.revision) AS in_effect
         FROM legal_data_publications p LEFT JOIN users u ON u.id = p.published_by
        WHERE $1::text IS NULL OR p.kind = $1
        ORDER BY p.revision DESC`,
      [filter.kind ?? null],
    );
    return rows.map((row) => ({
      revision: Number(row.revision),
      kind: row.kind,
      key: row.key,
      value: row.payload,
      publishedAt: row.published_at.toISOString(),
      publishedBy: { id: row.published_by, name: row.publisher_name },
      inEffect: row.in_effect,
    }));
  }

  async publication(revision: number): Promise<LegalDataPublicationView> {
    const found = (await this.publications({})).find((p) => p.revision === revision);
    if (found === undefined) throw new AppError('LEGAL_PUBLICATION_NOT_FOUND');
    return found;
  }

  async holidays(year: number): Promise<HolidayYearView> {
    const calendar = await this.effective.calendar();
    const holidays = calendar.holidaysOf(year);
    const published = (await this.publications({ kind: 'holiday-schedule' })).find(
      (p) => p.key === String(year) && p.inEffect,
    );
    return {
      ...holidays,
      origin: published
        ? 'published'
        : HolidayCalendar.BUILT_IN.isOfficial(year)
          ? 'release'
          : 'provisional',
      revision: published?.revision ?? null,
    };
  }

  async salaryTable(): Promise<SalaryStepView[]> {
    const salaries = await this.effective.salaries();
    const published = (await this.publications({ kind: 'base-salary-step' })).filter(
      (p) => p.inEffect,
    );
    return salaries.map((step) => {
      const publication = published.find((p) => p.key === step.from);
      return {
        ...step,
        origin: publication ? 'published' : 'release',
        revision: publication?.revision ?? null,
      };
    });
  }
}
