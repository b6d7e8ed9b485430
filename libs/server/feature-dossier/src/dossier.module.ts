import { Module } from '@nestjs/common';
import { GetDossierUseCase } from './get-dossier/get-dossier.usecase';
import { RecordDossierSubmissionUseCase } from './record-dossier/record-dossier-submission.usecase';
import { SubmitDossierUseCase } from './submit-dossier/submit-dossier.usecase';

/** Dossier use cases, shared by the API (submit, read) and the worker's activities (record). */
@Module({
  providers: [SubmitDossierUseCase, GetDossierUseCase, RecordDossierSubmissionUseCase],
  exports: [SubmitDossierUseCase, GetDossierUseCase, RecordDossierSubmissionUseCase],
})
export class DossierModule {}
