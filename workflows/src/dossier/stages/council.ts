import { condition } from '@temporalio/workflow';
import { DossierStage, type DossierOutcome, Role, ClosingReason } from '@tdkt/contracts';
import type { DossierRun } from '../dossier-run';
import { closedAs } from '../outcomes';

/**
 * The level's Emulation & Commendation Council: the dossier waits to be put on a meeting's agenda and
 * for the meeting's result, both signalled by the council meeting. A failed vote ends the dossier.
 */
export async function councilAtLevel(run: DossierRun): Promise<DossierOutcome | null> {
  const level = run.level;
  await run.record(
    'council.awaited',
    { council: level.unitName, threshold: run.input.council?.threshold ?? null },
    { stage: DossierStage.COUNCIL_PENDING, stageDueAt: null },
  );
  if (run.batchesWrites) await run.flush();
  run.settleConsumed();
  await run.notify(
    `council-awaited:${level.level}`,
    [{ role: Role.COUNCIL_SECRETARY, unitId: level.unitId }],
    'dossier.awaiting-council',
    {
      council: level.unitName,
    },
  );
  const decided = () => run.councilResults.some((result) => result.level === level.level);
  for (;;) {
    await condition(() => run.agendaChanges.length > 0 || decided());
    for (
      let change = run.agendaChanges.shift();
      change !== undefined;
      change = run.agendaChanges.shift()
    ) {
      await run.record(change.placed ? 'council.scheduled' : 'council.unscheduled', { ...change });
    }
    if (decided()) break;
    if (run.batchesWrites) await run.flush();
  }
  const result = run.councilResults.find((candidate) => candidate.level === level.level);
  if (result === undefined) throw new Error('council result vanished');
  await run.record('council.voted', { ...result });
  if (result.passed) return null;
  return closedAs(
    DossierStage.NOT_APPROVED,
    `${ClosingReason.councilVoteFailed}: ${result.votesFor}/${result.membersTotal}`,
  );
}
