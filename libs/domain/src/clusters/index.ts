export * from './scoring';
export * from './ranking';
