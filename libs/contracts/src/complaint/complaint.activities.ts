import type { ComplaintStepRecord, ComplaintWorkflowInput } from './complaint.types';

/** Activities of the complaint workflow; each is idempotent. */
export interface ComplaintActivities {
  /** Records the complaint as received, with its audit row (once). */
  receiveComplaint(input: ComplaintWorkflowInput): Promise<void>;
  /**
   * Records a step (accepted, not accepted, settled) with its audit row, once per status; a
   * settlement also records the last day for a second complaint.
   */
  recordComplaintStep(
    record: ComplaintStepRecord,
  ): Promise<{ secondComplaintLastDay: string | null }>;
}
