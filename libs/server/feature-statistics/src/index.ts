export * from './award-statistics/award-statistics.use-case';
export * from './year-end-report/year-end-report.use-case';
export * from './statistics.module';
