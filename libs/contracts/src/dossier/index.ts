export * from './dossier.types';
export * from './dossier.messages';
