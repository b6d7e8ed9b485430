export * from './localized-text';
export * from './errors';
export * from './temporal';
export * from './search-attributes';
export * from './dossier';
export * from './inbox';
export * from './notifications';
export * from './plan';
