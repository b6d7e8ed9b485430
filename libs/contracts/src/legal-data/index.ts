export * from './legal-data.messages';
export * from './legal-data.activities';
export * from './legal-data.types';
