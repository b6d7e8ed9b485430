export * from './temporal';
export * from './postgres';
export * from './workflow-bundle';
export * from './system';
