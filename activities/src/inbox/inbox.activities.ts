import type { InboxActivities } from '@tdkt/contracts';
import type {
  CloseTaskUseCase,
  OpenTaskUseCase,
  RescheduleTaskUseCase,
} from '@tdkt/server-feature-inbox';

export interface InboxActivityDependencies {
  openTask: OpenTaskUseCase;
  closeTask: CloseTaskUseCase;
  rescheduleTask: RescheduleTaskUseCase;
}

/** Activities that keep the inbox in step with workflows; all idempotent. */
export function createInboxActivities(deps: InboxActivityDependencies): InboxActivities {
  return {
    openTask: (command) => deps.openTask.execute(command),
    closeTask: (command) => deps.closeTask.execute(command),
    rescheduleTask: (command) => deps.rescheduleTask.execute(command),
  };
}
