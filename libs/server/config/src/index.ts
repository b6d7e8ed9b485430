export * from './config-error';
export * from './load-config';
export * from './validators';
export * from './server-config';
export * from './config.module';
