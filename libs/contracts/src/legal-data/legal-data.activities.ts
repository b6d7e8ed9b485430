/** Activities of the calendar propagation workflow. */
export interface LegalDataActivities {
  /**
   * The running workflows whose pending deadlines a schedule for `year` may move: dossiers with an
   * open task and active plans of that year or later.
   */
  listCalendarDependents(request: { year: number }): Promise<{ workflowIds: string[] }>;
}
