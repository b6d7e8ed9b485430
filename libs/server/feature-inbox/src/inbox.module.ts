import { Module } from '@nestjs/common';
import { ActorRoles } from './actor-roles';
import { AssignTaskUseCase } from './assign-task.usecase';
import { ClaimTaskUseCase } from './claim-task.usecase';
import { CloseTaskUseCase } from './close-task.usecase';
import { CompleteTaskUseCase } from './complete-task.usecase';
import { GetTaskUseCase } from './get-task.usecase';
import { ListTasksUseCase } from './list-tasks.usecase';
import { OpenTaskUseCase } from './open-task.usecase';
import { RescheduleTaskUseCase } from './reschedule-task.usecase';
import { TaskHolderMirror } from './task-holder-mirror';

const PROVIDERS = [
  ActorRoles,
  TaskHolderMirror,
  OpenTaskUseCase,
  CloseTaskUseCase,
  RescheduleTaskUseCase,
  ListTasksUseCase,
  GetTaskUseCase,
  ClaimTaskUseCase,
  AssignTaskUseCase,
  CompleteTaskUseCase,
];

/** The inbox: opened and closed by workflows' activities, listed, claimed, assigned and completed through the API. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class InboxModule {}
