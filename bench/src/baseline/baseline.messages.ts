import { defineUpdate } from '@temporalio/workflow';

/** Resolves with the key of the task of this type once it is open (the baseline has no inbox to look at). */
export const taskOpenedUpdate = defineUpdate<string, [string]>('bench.taskOpened');
