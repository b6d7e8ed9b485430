export * from './demo-organisations';
export * from './seed-demo-data';
export * from './seed-demo-plan';
