export * from './stuck.types';
export * from './repair.types';
export * from './operations.activities';
export * from './operations.messages';
export * from './inspection.types';
export * from './held-work';
