import { Module } from '@nestjs/common';
import { DossierModule } from '@tdkt/server-feature-dossier';
import { ExportAwardRegisterUseCase } from './export/export-award-register/export-award-register.use-case';
import { ExportCouncilResultsUseCase } from './export/export-council-results/export-council-results.use-case';
import { ExportDecisionAnnexUseCase } from './export/export-decision-annex/export-decision-annex.use-case';
import { ExportDossierListUseCase } from './export/export-dossier-list/export-dossier-list.use-case';
import { ExportImportTemplateUseCase } from './export/export-import-template/export-import-template.use-case';
import { ExportWorkbooks } from './export/export-workbooks';
import { FinishDossierImportUseCase } from './import/finish-dossier-import/finish-dossier-import.use-case';
import { GetDossierImportUseCase } from './import/get-dossier-import/get-dossier-import.use-case';
import { PrepareDossierImportUseCase } from './import/prepare-dossier-import/prepare-dossier-import.use-case';
import { StartDossierImportUseCase } from './import/start-dossier-import/start-dossier-import.use-case';
import { SubmitImportedDossierUseCase } from './import/submit-imported-dossier/submit-imported-dossier.use-case';
import { UploadDossierImportUseCase } from './import/upload-dossier-import/upload-dossier-import.use-case';

const USE_CASES = [
  UploadDossierImportUseCase,
  StartDossierImportUseCase,
  GetDossierImportUseCase,
  PrepareDossierImportUseCase,
  SubmitImportedDossierUseCase,
  FinishDossierImportUseCase,
  ExportImportTemplateUseCase,
  ExportDossierListUseCase,
  ExportCouncilResultsUseCase,
  ExportDecisionAnnexUseCase,
  ExportAwardRegisterUseCase,
];

/** Nomination lists in and out of Excel: templates, imports (API and worker), exports. */
@Module({
  imports: [DossierModule],
  providers: [...USE_CASES, ExportWorkbooks],
  exports: USE_CASES,
})
export class SpreadsheetsModule {}
