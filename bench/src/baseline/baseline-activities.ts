/** The baseline's one activity: a stage's work, done instantly. */
export interface BaselineActivities {
  completeStage(stage: string): Promise<void>;
}

export const baselineActivities: BaselineActivities = {
  completeStage: () => Promise.resolve(),
};
