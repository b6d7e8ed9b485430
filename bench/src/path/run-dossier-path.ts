import { Latencies } from '../measure/stats';
import { type CouncilCadence, CouncilSessions } from './council-sessions';
import type { DossierHandle, PathBackend } from './path-backend';

export interface PathOptions {
  dossiers: number;
  /** Simulated people working at once; each takes a dossier through its whole path, then the next. */
  concurrency: number;
  /** Every n-th dossier is returned for supplementation once before it is accepted (0: none). */
  returnEvery: number;
  council: CouncilCadence;
}

export interface PathRun {
  seconds: number;
  completed: number;
  perSecond: number;
  /** From each action to the next task (or stage) visible, by step. */
  steps: Latencies;
  dossiers: DossierHandle[];
}

/** The step names, in the order a dossier meets them. */
export const STEPS = {
  submitted: 'submit → review task',
  returned: 'review return → supplement task',
  supplemented: 'supplement → review task',
  accepted: 'review accept → council pending',
  voted: 'council close → decision task',
  approved: 'approve → numbered decision',
} as const;

/**
 * Takes `dossiers` dossiers through the whole path with `concurrency` people at once: create and
 * submit, review (every `returnEvery`-th returned and supplemented first), the council's session,
 * and the leader's approval. Throughput counts dossiers closed per second of the whole run.
 */
export async function runDossierPath(backend: PathBackend, options: PathOptions): Promise<PathRun> {
  const steps = new Latencies();
  const sessions = new CouncilSessions(backend.council, options.council);
  const dossiers: DossierHandle[] = [];
  let next = 0;
  const started = performance.now();

  const one = async (index: number) => {
    const submittedAt = performance.now();
    const dossier = await backend.submit(index);
    dossiers.push(dossier);
    let review = await backend.awaitTask(dossier, 'review');
    steps.add(STEPS.submitted, performance.now() - submittedAt);
    if (options.returnEvery > 0 && index % options.returnEvery === options.returnEvery - 1) {
      await steps.time(STEPS.returned, () => backend.review(dossier, review, 'return'));
      const supplement = await backend.awaitTask(dossier, 'supplement');
      await steps.time(STEPS.supplemented, () => backend.supplement(dossier, supplement));
      review = await backend.awaitTask(dossier, 'review');
    }
    await steps.time(STEPS.accepted, () => backend.review(dossier, review, 'accept'));
    const closing = await sessions.place(dossier);
    const decision = await backend.awaitTask(dossier, 'decision');
    steps.add(STEPS.voted, Date.now() - closing);
    await steps.time(STEPS.approved, () => backend.approve(dossier, decision));
  };

  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      for (let index = next++; index < options.dossiers; index = next++) await one(index);
    }),
  );
  await sessions.settle();
  const seconds = (performance.now() - started) / 1000;
  return {
    seconds,
    completed: options.dossiers,
    perSecond: options.dossiers / seconds,
    steps,
    dossiers,
  };
}
