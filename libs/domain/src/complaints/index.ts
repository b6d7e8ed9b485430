export * from './complaint-rules';
export * from './complaint-deadlines';
export * from './revocation-grounds';
