export * from './plan.types';
export * from './plan.messages';
export * from './plan.activities';
