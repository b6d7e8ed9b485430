export * from './dossier.types';
export * from './dossier.messages';
export * from './dossier.activities';
export * from './dossier.tasks';
export * from './dossier-events';
export * from './submission-checks';
export * from './closing-reasons';
