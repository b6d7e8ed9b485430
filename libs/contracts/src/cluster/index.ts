export * from './cluster.types';
export * from './cluster.messages';
export * from './cluster.activities';
