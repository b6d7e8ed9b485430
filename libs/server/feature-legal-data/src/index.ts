export * from './effective-legal-data';
export * from './publish-legal-data.usecase';
export * from './legal-data-views.usecase';
export * from './calendar-propagation.usecase';
export * from './legal-data.module';
