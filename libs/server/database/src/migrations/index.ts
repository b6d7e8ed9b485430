import { Foundation1795600000000 } from './1795600000000-foundation';
import { Identity1795700000000 } from './1795700000000-identity';
import { AnnualPlans1795800000000 } from './1795800000000-annual-plans';
import { Notifications1795810000000 } from './1795810000000-notifications';
import { Inbox1795900000000 } from './1795900000000-inbox';
import { DossierLifecycle1795900000001 } from './1795900000001-dossier-lifecycle';
import { CouncilsInitiativesDecisions1796000000000 } from './1796000000000-councils-initiatives-decisions';
import { LegalDataAndUnitNames1796140000000 } from './1796140000000-legal-data-and-unit-names';
import { StuckCensus1796300000000 } from './1796300000000-stuck-census';

/** Every migration, in timestamp order (the order TypeORM applies them in). */
export const MIGRATIONS = [
  Foundation1795600000000,
  Identity1795700000000,
  AnnualPlans1795800000000,
  Notifications1795810000000,
  Inbox1795900000000,
  DossierLifecycle1795900000001,
  CouncilsInitiativesDecisions1796000000000,
  LegalDataAndUnitNames1796140000000,
  StuckCensus1796300000000,
];
