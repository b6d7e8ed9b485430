import { defineSignal } from '@temporalio/workflow';
import type { CalendarChange } from './legal-data.types';

/**
 * A holiday schedule was published: every running workflow with pending working-day deadlines
 * recomputes them through its scheduling activity and moves what changed, once per revision.
 */
export const calendarChangedSignal = defineSignal<[CalendarChange]>('calendarChanged');
