import type { ClusterCriterionView, ScoreEvidence } from '@tdkt/contracts';

export interface ClusterSummaryView {
  id: string;
  code: string;
  name: string;
  kind: 'cluster' | 'block';
  organizerUnitId: string;
  years: {
    id: string;
    year: number;
    status: string;
    leaderUnitId: string;
    leaderUnitName: string;
  }[];
}

export interface ClusterMemberView {
  unitId: string;
  unitName: string;
  pactSignedAt: string | null;
  selfScores: Record<string, number> | null;
  evidence: ScoreEvidence[];
  selfScoredAt: string | null;
  selfScoreMissed: boolean;
  finalScores: Record<string, number> | null;
  total: number | null;
  rank: number | null;
  tiedWith: string[];
  proposedAwardCode: string | null;
  proposalDossierId: string | null;
}

export interface ClusterYearView {
  id: string;
  clusterId: string;
  clusterCode: string;
  clusterName: string;
  kind: 'cluster' | 'block';
  organizerUnitId: string;
  year: number;
  status: string;
  leaderUnitId: string;
  leaderUnitName: string;
  deputyUnitId: string | null;
  pactSignedAt: string | null;
  workflowId: string | null;
  scoringVersion: number | null;
  scoringTables: { version: number; criteria: ClusterCriterionView[]; adoptedAt: string }[];
  review: { minutes: string; tieBreak: string[]; reviewedAt: string } | null;
  nextLeaderUnitId: string | null;
  handedOverAt: string | null;
  members: ClusterMemberView[];
}
