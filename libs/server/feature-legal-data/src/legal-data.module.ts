import { Global, Module } from '@nestjs/common';
import { StartCalendarPropagationUseCase } from './start-calendar-propagation/start-calendar-propagation.use-case';
import { GetCalendarPropagationUseCase } from './get-calendar-propagation/get-calendar-propagation.use-case';
import { EffectiveLegalData } from './effective-legal-data';
import { ListCalendarDependentsUseCase } from './list-calendar-dependents/list-calendar-dependents.use-case';
import { ListLegalDataPublicationsUseCase } from './list-legal-data-publications/list-legal-data-publications.use-case';
import { GetHolidayYearUseCase } from './get-holiday-year/get-holiday-year.use-case';
import { GetSalaryTableUseCase } from './get-salary-table/get-salary-table.use-case';
import { LegalDataPublisher } from './legal-data-publisher';
import { PublishBaseSalaryStepUseCase } from './publish-base-salary-step/publish-base-salary-step.use-case';
import { PublishHolidayScheduleUseCase } from './publish-holiday-schedule/publish-holiday-schedule.use-case';

const PROVIDERS = [
  EffectiveLegalData,
  LegalDataPublisher,
  PublishHolidayScheduleUseCase,
  PublishBaseSalaryStepUseCase,
  ListLegalDataPublicationsUseCase,
  GetHolidayYearUseCase,
  GetSalaryTableUseCase,
  StartCalendarPropagationUseCase,
  GetCalendarPropagationUseCase,
  ListCalendarDependentsUseCase,
];

/**
 * Legal data that changes without a release (holiday schedules, base-salary steps): published by
 * administrators, read in effect by the API and the worker's activities, propagated to workflows.
 * Global: the dossier, plan and council use cases read the data in effect from it.
 */
@Global()
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class LegalDataModule {}
