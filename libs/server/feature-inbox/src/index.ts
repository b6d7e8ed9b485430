export * from './open-task.usecase';
export * from './close-task.usecase';
export * from './reschedule-task.usecase';
export * from './inbox.module';
