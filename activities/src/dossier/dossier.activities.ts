import { ApplicationFailure } from '@temporalio/activity';
import { type DossierActivities, ActivityFailureType } from '@tdkt/contracts';
import { computeStepSchedule, DomainError } from '@tdkt/domain';
import type {
  ApplyDossierChangesUseCase,
  ForwardDossierUseCase,
  InitiativeDecisionsUseCase,
  ProjectDossierUseCase,
  RecordDossierSubmissionUseCase,
} from '@tdkt/server-feature-dossier';
import type { EffectiveLegalData } from '@tdkt/server-feature-legal-data';

export interface DossierActivityDependencies {
  recordDossierSubmission: RecordDossierSubmissionUseCase;
  projectDossier: ProjectDossierUseCase;
  applyDossierChanges: ApplyDossierChangesUseCase;
  forwardDossier: ForwardDossierUseCase;
  initiativeDecisions: InitiativeDecisionsUseCase;
  legalData: Pick<EffectiveLegalData, 'calendar'>;
}

/** Activities of the dossier workflow; each calls one use case and is safe to retry. */
export function createDossierActivities(deps: DossierActivityDependencies): DossierActivities {
  return {
    async recordDossierSubmitted(input) {
      await deps.recordDossierSubmission.execute(input);
    },
    projectDossier: (projection) => deps.projectDossier.execute(projection),
    applyDossierChanges: (changes) => deps.applyDossierChanges.execute(changes),
    async scheduleStep(request) {
      const calendar = await deps.legalData.calendar();
      try {
        return computeStepSchedule(request, calendar);
      } catch (error) {
        // Bad input never gets better by retrying.
        if (error instanceof DomainError)
          throw ApplicationFailure.nonRetryable(error.message, ActivityFailureType.invalidInput);
        throw error;
      }
    },
    forwardToExternalSystem: (request) => deps.forwardDossier.execute(request),
    initiativeDecisions: (request) => deps.initiativeDecisions.execute(request),
  };
}
