import type { ComplaintActivities } from '@tdkt/contracts';
import type {
  ReceiveComplaintUseCase,
  RecordComplaintStepUseCase,
} from '@tdkt/server-feature-councils';
import { failingFastOnBadInput } from '../shared/application-failures';

export interface ComplaintActivityDependencies {
  receiveComplaint: ReceiveComplaintUseCase;
  recordComplaintStep: RecordComplaintStepUseCase;
}

/** Activities of the complaint workflow; each calls one use case and is safe to retry. */
export function createComplaintActivities(
  deps: ComplaintActivityDependencies,
): ComplaintActivities {
  return {
    receiveComplaint: (input) => deps.receiveComplaint.execute(input),
    recordComplaintStep: (record) =>
      failingFastOnBadInput(() => deps.recordComplaintStep.execute(record)),
  };
}
