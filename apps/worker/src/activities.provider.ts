import type { Provider } from '@nestjs/common';
import { type Activities, createActivities } from '@tdkt/activities';
import {
  ForwardDossierUseCase,
  ProjectDossierUseCase,
  RecordDossierSubmissionUseCase,
} from '@tdkt/server-feature-dossier';
import {
  CloseTaskUseCase,
  OpenTaskUseCase,
  RescheduleTaskUseCase,
} from '@tdkt/server-feature-inbox';

/** Injection token of the activity functions the worker registers. */
export const ACTIVITIES = Symbol('ACTIVITIES');

/** Builds every activity from the use cases Nest provides; add a use case here when an activity needs it. */
export const activitiesProvider: Provider<Activities> = {
  provide: ACTIVITIES,
  inject: [
    RecordDossierSubmissionUseCase,
    ProjectDossierUseCase,
    ForwardDossierUseCase,
    OpenTaskUseCase,
    CloseTaskUseCase,
    RescheduleTaskUseCase,
  ],
  useFactory: (
    recordDossierSubmission: RecordDossierSubmissionUseCase,
    projectDossier: ProjectDossierUseCase,
    forwardDossier: ForwardDossierUseCase,
    openTask: OpenTaskUseCase,
    closeTask: CloseTaskUseCase,
    rescheduleTask: RescheduleTaskUseCase,
  ) =>
    createActivities({
      recordDossierSubmission,
      projectDossier,
      forwardDossier,
      openTask,
      closeTask,
      rescheduleTask,
    }),
};
