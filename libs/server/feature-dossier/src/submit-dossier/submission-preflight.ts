import { Injectable } from '@nestjs/common';
import { isAwardCode } from '@tdkt/domain';
import { ServerConfig } from '@tdkt/server-config';
import { rulesDate } from '../rules-date';
import {
  type SubmissionCandidate,
  SubmissionChecker,
} from '../submission-checks/submission-checker';
import { DossierWorkflowInputBuilder } from './dossier-input';

/**
 * Refuses what a submission would refuse, before a dossier is created to be submitted at once (one
 * request, a batch, an imported list): so that a refused request leaves no draft behind.
 */
@Injectable()
export class SubmissionPreflight {
  constructor(
    private readonly config: ServerConfig,
    private readonly inputs: DossierWorkflowInputBuilder,
    private readonly checker: SubmissionChecker,
  ) {}

  async check(candidate: Omit<SubmissionCandidate, 'dossierId'>): Promise<void> {
    if (!isAwardCode(candidate.awardCode)) return;
    const { ruleSet, proposingLevel } = await this.inputs.submissionContext(
      candidate.proposingUnitId,
      candidate.awardCode,
      candidate.year,
    );
    const { refusal } = await this.checker.assess(
      { ...candidate, dossierId: null },
      { ruleSet, proposingLevel, asOf: rulesDate(this.config, candidate.year), attachments: [] },
    );
    if (refusal !== null) throw refusal;
  }
}
