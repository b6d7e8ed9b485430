import { Module } from '@nestjs/common';
import { CloseTaskUseCase } from './close-task.usecase';
import { OpenTaskUseCase } from './open-task.usecase';
import { RescheduleTaskUseCase } from './reschedule-task.usecase';

const USE_CASES = [OpenTaskUseCase, CloseTaskUseCase, RescheduleTaskUseCase];

/** Inbox use cases: opened and closed by workflows' activities, listed and acted on through the API. */
@Module({ providers: USE_CASES, exports: USE_CASES })
export class InboxModule {}
