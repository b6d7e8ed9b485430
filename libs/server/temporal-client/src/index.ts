export * from './connection-settings';
export * from './connect';
export * from './temporal-client.module';
