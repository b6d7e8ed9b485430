export * from './effective-legal-data';
export * from './publish-legal-data/publish-legal-data.use-case';
export * from './legal-data-views/legal-data-views.use-case';
export * from './calendar-propagation/calendar-propagation.use-case';
export * from './legal-data.module';
