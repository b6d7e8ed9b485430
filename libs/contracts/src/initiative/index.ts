export * from './initiative.types';
export * from './initiative.messages';
export * from './initiative.activities';
