import type { CouncilActivities } from '@tdkt/contracts';
import {
  planMeetingReminders,
  type ProjectCouncilMeetingUseCase,
  type RecordCouncilMeetingUseCase,
  type RenderCouncilMinutesUseCase,
} from '@tdkt/server-feature-councils';
import type { EffectiveLegalData } from '@tdkt/server-feature-legal-data';
import { failingFastOnBadInput } from '../shared/application-failures';

export interface CouncilActivityDependencies {
  recordCouncilMeeting: RecordCouncilMeetingUseCase;
  projectCouncilMeeting: ProjectCouncilMeetingUseCase;
  renderCouncilMinutes: RenderCouncilMinutesUseCase;
  legalData: Pick<EffectiveLegalData, 'calendar'>;
}

/** Activities of the council meeting workflow; each calls one use case and is safe to retry. */
export function createCouncilActivities(deps: CouncilActivityDependencies): CouncilActivities {
  return {
    recordCouncilMeeting: (input) => deps.recordCouncilMeeting.execute(input),
    projectCouncilMeeting: (request) => deps.projectCouncilMeeting.execute(request),
    planMeetingReminders: async (request) => {
      const calendar = await deps.legalData.calendar();
      return failingFastOnBadInput(() => planMeetingReminders(request, calendar));
    },
    renderCouncilMinutes: (request) =>
      failingFastOnBadInput(() => deps.renderCouncilMinutes.execute(request)),
  };
}
