export * from './plan-model';
export * from './plan-rules';
export * from './parse-plan-definition';
export * from './plan-outcome';
export * from './plan-schedule';
export * from './carry-over';
export * from './plan-targets';
