export * from './decision.types';
export * from './decision.activities';
