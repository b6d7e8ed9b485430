import { type BaseSalaryStep, type YearHolidays } from '@tdkt/domain';

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
