export * from './group-shares';
