export * from './inbox.types';
export * from './inbox.messages';
