export * from './council.types';
export * from './council.messages';
export * from './council.activities';
