import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DossierChanges } from '@tdkt/contracts';
import { CloseTaskUseCase, OpenTaskUseCase } from '@tdkt/server-feature-inbox';
import type { DataSource } from 'typeorm';
import { RecordDossierSubmissionUseCase } from '../record-dossier-submission/record-dossier-submission.use-case';
import { ProjectDossierUseCase } from '../project-dossier/project-dossier.use-case';

/**
 * Writes what one step of a dossier's workflow changed, in one transaction and in the order it
 * happened: the submission, the tasks it closed, its timeline events, the task it opened. Each part
 * is idempotent, so a retried write changes nothing the second time.
 */
@Injectable()
export class ApplyDossierChangesUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly submission: RecordDossierSubmissionUseCase,
    private readonly projection: ProjectDossierUseCase,
    private readonly openTask: OpenTaskUseCase,
    private readonly closeTask: CloseTaskUseCase,
  ) {}

  async execute(changes: DossierChanges): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (changes.submission !== undefined)
        await this.submission.execute(changes.submission, manager);
      for (const command of changes.closeTasks) await this.closeTask.execute(command, manager);
      for (const projection of changes.projections)
        await this.projection.execute(projection, manager);
      if (changes.openTask !== undefined) await this.openTask.execute(changes.openTask, manager);
    });
  }
}
