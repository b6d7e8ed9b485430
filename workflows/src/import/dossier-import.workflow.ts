import { proxyActivities, setHandler } from '@temporalio/workflow';
import {
  type DossierImportActivities,
  type DossierImportInput,
  type DossierImportProgress,
  dossierImportProgressQuery,
} from '@tdkt/contracts';

/** Making the drafts runs in one transaction; a retry finds the rows already made. */
const imports = proxyActivities<DossierImportActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * The import of one uploaded list, after every row was validated: all its rows become drafts in one
 * transaction (all or none), then each is submitted — its own dossier workflow — at most
 * `concurrency` at a time. Progress is a query and the rows' read model; the workflow outlives API
 * restarts, and a retried step changes nothing twice.
 */
export async function dossierImportWorkflow(
  input: DossierImportInput,
): Promise<DossierImportProgress> {
  const progress: DossierImportProgress = {
    importId: input.importId,
    total: 0,
    submitted: 0,
    failed: 0,
    finished: false,
  };
  setHandler(dossierImportProgressQuery, () => progress);

  const prepared = await imports.prepareDossierImport({ importId: input.importId });
  if (prepared.ok) {
    progress.total = prepared.rowNumbers.length;
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < prepared.rowNumbers.length) {
        const rowNumber = prepared.rowNumbers[next] as number;
        next += 1;
        const result = await imports.submitImportedDossier({ importId: input.importId, rowNumber });
        if (result.status === 'SUBMITTED') progress.submitted += 1;
        else progress.failed += 1;
      }
    };
    const lanes = Math.max(1, Math.min(input.concurrency, prepared.rowNumbers.length));
    await Promise.all(Array.from({ length: lanes }, lane));
  }
  await imports.finishDossierImport({ importId: input.importId });
  progress.finished = true;
  return progress;
}
