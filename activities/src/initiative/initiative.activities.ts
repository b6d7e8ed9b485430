import type { InitiativeActivities } from '@tdkt/contracts';
import type {
  DecideInitiativeUseCase,
  ListDossiersCitingInitiativeUseCase,
  ReceiveInitiativeUseCase,
} from '@tdkt/server-feature-councils';
import { failingFastOnBadInput } from '../shared/application-failures';

export interface InitiativeActivityDependencies {
  receiveInitiative: ReceiveInitiativeUseCase;
  decideInitiative: DecideInitiativeUseCase;
  listDossiersCitingInitiative: ListDossiersCitingInitiativeUseCase;
}

/** Activities of the initiative workflow; each calls one use case and is safe to retry. */
export function createInitiativeActivities(
  deps: InitiativeActivityDependencies,
): InitiativeActivities {
  return {
    receiveInitiative: (input) => deps.receiveInitiative.execute(input),
    decideInitiative: (request) =>
      failingFastOnBadInput(() => deps.decideInitiative.execute(request)),
    dossiersCitingInitiative: (request) =>
      deps.listDossiersCitingInitiative.execute(request.initiativeId),
  };
}
