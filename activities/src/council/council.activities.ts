import type { CouncilActivities } from '@tdkt/contracts';
import {
  planMeetingReminders,
  type ProjectCouncilMeetingUseCase,
  type RecordCouncilMeetingUseCase,
  type RenderCouncilMinutesUseCase,
} from '@tdkt/server-feature-councils';
import { failingFastOnBadInput } from '../shared/application-failures';

export interface CouncilActivityDependencies {
  recordCouncilMeeting: RecordCouncilMeetingUseCase;
  projectCouncilMeeting: ProjectCouncilMeetingUseCase;
  renderCouncilMinutes: RenderCouncilMinutesUseCase;
}

/** Activities of the council meeting workflow; each calls one use case and is safe to retry. */
export function createCouncilActivities(deps: CouncilActivityDependencies): CouncilActivities {
  return {
    recordCouncilMeeting: (input) => deps.recordCouncilMeeting.execute(input),
    projectCouncilMeeting: (request) => deps.projectCouncilMeeting.execute(request),
    planMeetingReminders: (request) => failingFastOnBadInput(() => planMeetingReminders(request)),
    renderCouncilMinutes: (request) =>
      failingFastOnBadInput(() => deps.renderCouncilMinutes.execute(request)),
  };
}
