export * from './complaint.types';
export * from './complaint.messages';
export * from './complaint.activities';
