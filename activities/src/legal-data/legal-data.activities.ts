import type { LegalDataActivities } from '@tdkt/contracts';
import type { ListCalendarDependentsUseCase } from '@tdkt/server-feature-legal-data';

export interface LegalDataActivityDependencies {
  listCalendarDependents: Pick<ListCalendarDependentsUseCase, 'execute'>;
}

/** Activities of the calendar propagation workflow. */
export function createLegalDataActivities(
  deps: LegalDataActivityDependencies,
): LegalDataActivities {
  return {
    listCalendarDependents: (request) => deps.listCalendarDependents.execute(request),
  };
}
