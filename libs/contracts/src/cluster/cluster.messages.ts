import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { ClusterYearState } from './cluster.types';

export const clusterYearStateQuery = defineQuery<ClusterYearState>('clusterYearState');

/** The standing body opens year-end scoring on the table version it adopted. */
export const openClusterScoringSignal = defineSignal<[{ version: number }]>('openClusterScoring');
