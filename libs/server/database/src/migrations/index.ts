import { Foundation1795600000000 } from './1795600000000-foundation';
import { Identity1795700000000 } from './1795700000000-identity';
import { Inbox1795900000000 } from './1795900000000-inbox';
import { DossierLifecycle1795900000001 } from './1795900000001-dossier-lifecycle';

/** Every migration in order. New migrations are appended here. */
export const MIGRATIONS = [
  Foundation1795600000000,
  Identity1795700000000,
  Inbox1795900000000,
  DossierLifecycle1795900000001,
];
