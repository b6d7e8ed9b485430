export * from './dossier-code';
export * from './request-hash';
export * from './submit-dossier/submit-dossier.usecase';
export * from './record-dossier/record-dossier-submission.usecase';
export * from './get-dossier/get-dossier.usecase';
export * from './dossier.module';
