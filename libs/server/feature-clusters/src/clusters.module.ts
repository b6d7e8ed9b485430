import { Module } from '@nestjs/common';
import { CreateClusterUseCase } from './clusters/create-cluster/create-cluster.use-case';
import { ListClustersUseCase } from './clusters/list-clusters/list-clusters.use-case';
import { AdoptScoringTableUseCase } from './years/adopt-scoring-table/adopt-scoring-table.use-case';
import { FormClusterYearUseCase } from './years/form-cluster-year/form-cluster-year.use-case';
import { GetClusterYearUseCase } from './years/get-cluster-year/get-cluster-year.use-case';
import { HandOverLeadershipUseCase } from './years/hand-over-leadership/hand-over-leadership.use-case';
import { OpenScoringUseCase } from './years/open-scoring/open-scoring.use-case';
import { ProposeClusterAwardsUseCase } from './years/propose-cluster-awards/propose-cluster-awards.use-case';
import { StartPactSigningUseCase } from './years/start-pact-signing/start-pact-signing.use-case';
import { PinClusterScoringTableUseCase } from './workflow-records/pin-cluster-scoring-table/pin-cluster-scoring-table.use-case';
import { RecordClusterReviewUseCase } from './workflow-records/record-cluster-review/record-cluster-review.use-case';
import { RecordClusterStatusUseCase } from './workflow-records/record-cluster-status/record-cluster-status.use-case';
import { RecordPactSignatureUseCase } from './workflow-records/record-pact-signature/record-pact-signature.use-case';
import { RecordSelfScoreUseCase } from './workflow-records/record-self-score/record-self-score.use-case';

const PROVIDERS = [
  CreateClusterUseCase,
  ListClustersUseCase,
  FormClusterYearUseCase,
  StartPactSigningUseCase,
  AdoptScoringTableUseCase,
  OpenScoringUseCase,
  GetClusterYearUseCase,
  ProposeClusterAwardsUseCase,
  HandOverLeadershipUseCase,
  RecordClusterStatusUseCase,
  RecordPactSignatureUseCase,
  PinClusterScoringTableUseCase,
  RecordSelfScoreUseCase,
  RecordClusterReviewUseCase,
];

/** Emulation clusters and blocks by year: for the API and the worker. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class ClustersModule {}
