export * from './entities';
export * from './migrations';
export * from './data-source';
export * from './migrate';
export * from './check-connection';
export * from './database.module';
export * from './postgres-errors';
export * from './audit';
