export * from './connection-settings';
export * from './connect';
export * from './temporal-client.module';
export * from './update-rejection';
export * from './worker-presence';
export * from './workflow-updates';
