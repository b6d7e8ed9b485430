import { Module } from '@nestjs/common';
import { DossierModule } from '@tdkt/server-feature-dossier';
import { DossierImportsUseCase } from './import/dossier-imports.usecase';
import { RunDossierImportUseCase } from './import/run-dossier-import.usecase';
import { DossierExportsUseCase } from './export/dossier-exports.usecase';

const PROVIDERS = [DossierImportsUseCase, RunDossierImportUseCase, DossierExportsUseCase];

/** Nomination lists in and out of Excel: templates, imports (API and worker), exports. */
@Module({ imports: [DossierModule], providers: PROVIDERS, exports: PROVIDERS })
export class SpreadsheetsModule {}
