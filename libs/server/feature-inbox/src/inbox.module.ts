import { Module } from '@nestjs/common';
import { ActorRoles } from './actor-roles';
import { AssignTaskUseCase } from './assign-task/assign-task.use-case';
import { ClaimTaskUseCase } from './claim-task/claim-task.use-case';
import { UnclaimTaskUseCase } from './unclaim-task/unclaim-task.use-case';
import { CloseTaskUseCase } from './close-task/close-task.use-case';
import { CompleteTaskUseCase } from './complete-task/complete-task.use-case';
import { GetTaskUseCase } from './get-task/get-task.use-case';
import { ListTasksUseCase } from './list-tasks/list-tasks.use-case';
import { OpenTaskUseCase } from './open-task/open-task.use-case';
import { RescheduleTaskUseCase } from './reschedule-task/reschedule-task.use-case';
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
  UnclaimTaskUseCase,
  AssignTaskUseCase,
  CompleteTaskUseCase,
];

/** The inbox: opened and closed by workflows' activities, listed, claimed, assigned and completed through the API. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class InboxModule {}
