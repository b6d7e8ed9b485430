import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ComplaintState } from './complaint.types';

export const complaintStateQuery = defineQuery<ComplaintState>('complaintState');

/** Resolves once the read model shows the complaint received. */
export const complaintRecordedUpdate = defineUpdate<ComplaintState>('complaintRecorded');
