import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { AppError } from '@tdkt/contracts';
import { DossierEntity } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';

export interface DossierView {
  dossier: DossierEntity;
  workflow: {
    workflowId: string;
    runId: string | null;
    /** Temporal's execution status: RUNNING, COMPLETED, FAILED, TERMINATED, ... or UNKNOWN if unreachable. */
    status: string;
  };
}

/** Reads a dossier from the read model and asks Temporal how its workflow is doing. */
@Injectable()
export class GetDossierUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
  ) {}

  async execute(id: string): Promise<DossierView> {
    const dossier = await this.dataSource.getRepository(DossierEntity).findOne({ where: { id } });
    if (dossier === null) throw new AppError('DOSSIER_NOT_FOUND');
    return { dossier, workflow: await this.describeWorkflow(dossier.workflowId) };
  }

  private async describeWorkflow(workflowId: string): Promise<DossierView['workflow']> {
    try {
      const description = await this.temporal.withDeadline(Date.now() + 5_000, () =>
        this.temporal.workflow.getHandle(workflowId).describe(),
      );
      return { workflowId, runId: description.runId, status: description.status.name };
    } catch (error) {
      if (error instanceof WorkflowNotFoundError)
        return { workflowId, runId: null, status: 'NOT_FOUND' };
      // The read model still answers when Temporal is briefly away; the status says so.
      return { workflowId, runId: null, status: 'UNKNOWN' };
    }
  }
}
