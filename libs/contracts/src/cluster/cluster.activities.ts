import type {
  ClusterRankingEntry,
  ClusterScoringTableView,
  ClusterYearStatus,
  ScoreEvidence,
} from './cluster.types';

/** Activities of a cluster year's workflow; each writes the read model and its audit row once. */
export interface ClusterActivities {
  recordClusterStatus(request: { clusterYearId: string; status: ClusterYearStatus }): Promise<void>;
  recordPactSignature(request: {
    clusterYearId: string;
    unitId: string;
    signedBy: string;
    signedAt: string;
  }): Promise<void>;
  /** Pins the table version members score against and returns it. */
  pinClusterScoringTable(request: {
    clusterYearId: string;
    version: number;
  }): Promise<ClusterScoringTableView>;
  recordSelfScore(request: {
    clusterYearId: string;
    unitId: string;
    /** Null when the deadline passed without one. */
    scores: Record<string, number> | null;
    evidence: ScoreEvidence[];
    scoredBy: string | null;
    scoredAt: string;
  }): Promise<void>;
  recordClusterReview(request: {
    clusterYearId: string;
    ranking: ClusterRankingEntry[];
    tieBreak: string[];
    minutes: string;
    reviewedBy: string;
    reviewedAt: string;
  }): Promise<void>;
}
