export * from './effective-legal-data';
export * from './publish-legal-data/publish-legal-data.use-case';
export * from './legal-data-views/legal-data-views.use-case';
export * from './start-calendar-propagation/start-calendar-propagation.use-case';
export * from './get-calendar-propagation/get-calendar-propagation.use-case';
export * from './list-calendar-dependents/list-calendar-dependents.use-case';
export * from './legal-data.module';
