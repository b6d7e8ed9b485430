import { Module } from '@nestjs/common';
import { GetDossierUseCase } from './get-dossier/get-dossier.usecase';
import { ForwardDossierUseCase } from './integration/forward-dossier.usecase';
import { ProjectDossierUseCase } from './project-dossier/project-dossier.usecase';
import { RecordDossierSubmissionUseCase } from './record-dossier/record-dossier-submission.usecase';
import { SubmitDossierUseCase } from './submit-dossier/submit-dossier.usecase';

const USE_CASES = [
  SubmitDossierUseCase,
  GetDossierUseCase,
  RecordDossierSubmissionUseCase,
  ProjectDossierUseCase,
  ForwardDossierUseCase,
];

/** Dossier use cases, shared by the API (submit, read) and the worker's activities (record, project, forward). */
@Module({ providers: USE_CASES, exports: USE_CASES })
export class DossierModule {}
