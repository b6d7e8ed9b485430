import type { DecisionActivities } from '@tdkt/contracts';
import type {
  IssueDecisionUseCase,
  RenderDecisionDocumentsUseCase,
} from '@tdkt/server-feature-councils';
import { failingFastOnBadInput } from '../shared/application-failures';

export interface DecisionActivityDependencies {
  issueDecision: IssueDecisionUseCase;
  renderDecisionDocuments: RenderDecisionDocumentsUseCase;
}

/**
 * Activities that issue decisions. A dossier that is not awaiting the decision, or is already decided,
 * fails at once with its error code (retrying cannot fix it); a database outage is retried.
 */
export function createDecisionActivities(deps: DecisionActivityDependencies): DecisionActivities {
  return {
    issueDecision: (request) => failingFastOnBadInput(() => deps.issueDecision.execute(request)),
    renderDecisionDocuments: (request) =>
      failingFastOnBadInput(() => deps.renderDecisionDocuments.execute(request)),
  };
}
