import { Module } from '@nestjs/common';
import { AwardStatisticsUseCase } from './award-statistics/award-statistics.use-case';
import { YearEndReportUseCase } from './year-end-report/year-end-report.use-case';

const PROVIDERS = [AwardStatisticsUseCase, YearEndReportUseCase];

/** Statistics of awards against the plan's targets, and the year-end report built from them. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class StatisticsModule {}
