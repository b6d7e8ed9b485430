import { Foundation1795600000000 } from './1795600000000-foundation';

/** Every migration in order. New migrations are appended here. */
export const MIGRATIONS = [Foundation1795600000000];
