import type { ClusterActivities } from '@tdkt/contracts';
import type {
  PinClusterScoringTableUseCase,
  RecordClusterReviewUseCase,
  RecordClusterStatusUseCase,
  RecordPactSignatureUseCase,
  RecordSelfScoreUseCase,
} from '@tdkt/server-feature-clusters';
import { failingFastOnBadInput } from '../shared/application-failures';

export interface ClusterActivityDependencies {
  recordClusterStatus: RecordClusterStatusUseCase;
  recordPactSignature: RecordPactSignatureUseCase;
  pinClusterScoringTable: PinClusterScoringTableUseCase;
  recordSelfScore: RecordSelfScoreUseCase;
  recordClusterReview: RecordClusterReviewUseCase;
}

/** Activities of a cluster year's workflow; each calls one use case and is safe to retry. */
export function createClusterActivities(deps: ClusterActivityDependencies): ClusterActivities {
  return {
    recordClusterStatus: (request) => deps.recordClusterStatus.execute(request),
    recordPactSignature: (request) => deps.recordPactSignature.execute(request),
    pinClusterScoringTable: (request) =>
      failingFastOnBadInput(() => deps.pinClusterScoringTable.execute(request)),
    recordSelfScore: (request) => deps.recordSelfScore.execute(request),
    recordClusterReview: (request) => deps.recordClusterReview.execute(request),
  };
}
