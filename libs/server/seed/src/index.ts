export * from './demo-organisations';
export * from './seed-demo-data';
