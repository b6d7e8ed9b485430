import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { InitiativeState } from './initiative.types';

export const initiativeStateQuery = defineQuery<InitiativeState>('initiativeState');

/** Resolves once the read model shows the application received, with its due date. */
export const initiativeRecordedUpdate = defineUpdate<InitiativeState>('initiativeRecorded');
