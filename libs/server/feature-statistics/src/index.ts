export * from './award-statistics.usecase';
export * from './year-end-report.usecase';
export * from './statistics.module';
