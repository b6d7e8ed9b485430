export * from './demo-organisations';
export * from './seed-demo-data';
export * from './demo-accounts';
export * from './seed-demo-accounts';
export * from './seed-demo-plan';
export * from './seed-demo-clusters';
