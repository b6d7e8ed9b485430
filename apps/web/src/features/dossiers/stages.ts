import type { DossierStage } from '@tdkt/contracts';

/** Every stage in the order a dossier passes through them; lists and filters follow it. */
export const STAGE_ORDER: readonly DossierStage[] = [
  'DRAFT',
  'SUBMITTED',
  'UNIT_REVIEW',
  'SUPPLEMENTING',
  'INITIATIVE_PENDING',
  'COUNCIL_PENDING',
  'DISCLOSURE',
  'DECISION_PENDING',
  'FORWARDED',
  'APPROVED',
  'NOT_APPROVED',
  'REJECTED',
  'WITHDRAWN',
];

/** The steps of the dossier path as the detail page's stepper shows them. */
export const PHASES = [
  'submission',
  'review',
  'initiatives',
  'council',
  'disclosure',
  'decision',
  'escalation',
] as const;
export type Phase = (typeof PHASES)[number];

const PHASE_OF_STAGE: Partial<Record<DossierStage, Phase>> = {
  DRAFT: 'submission',
  SUBMITTED: 'submission',
  UNIT_REVIEW: 'review',
  SUPPLEMENTING: 'review',
  INITIATIVE_PENDING: 'initiatives',
  COUNCIL_PENDING: 'council',
  DISCLOSURE: 'disclosure',
  DECISION_PENDING: 'decision',
  FORWARDED: 'escalation',
};

const ENDED_BADLY: readonly string[] = ['NOT_APPROVED', 'REJECTED', 'WITHDRAWN'];

/** A step of the stepper for one dossier: done, current, stopped there, still to come, or skipped. */
export interface PhaseState {
  phase: Phase;
  status: 'finish' | 'process' | 'error' | 'wait';
  /** Passed over because this dossier does not need it (no initiative cited, no higher level…). */
  skipped: boolean;
}

const ESCALATION_EVENTS = new Set(['dossier.escalated', 'dossier.forwarded']);

/**
 * Each step of the path for a dossier: the steps it went through are done, the one it is at is in
 * progress (or stopped, for a dossier refused, rejected or withdrawn there), the ones it passed over
 * are marked as not applying to it, and the rest are still to come.
 */
export function phaseStates(dossier: {
  stage: string;
  timeline: { stage: string; type?: string }[];
  /** What the dossier's track skips: a step it will never reach is marked so from the start. */
  procedure?: { councilVote: boolean; publicDisclosure: boolean } | null;
}): PhaseState[] {
  const notApplying = new Set<Phase>([
    ...(dossier.procedure?.councilVote === false ? (['council'] as const) : []),
    ...(dossier.procedure?.publicDisclosure === false ? (['disclosure'] as const) : []),
  ]);
  const visited = new Set<Phase>();
  for (const event of dossier.timeline) {
    const phase = PHASE_OF_STAGE[event.stage as DossierStage];
    if (phase !== undefined) visited.add(phase);
    if (event.type !== undefined && ESCALATION_EVENTS.has(event.type)) visited.add('escalation');
  }
  const currentPhase = PHASE_OF_STAGE[dossier.stage as DossierStage];
  if (currentPhase !== undefined) visited.add(currentPhase);
  const approved = dossier.stage === 'APPROVED';
  const endedBadly = ENDED_BADLY.includes(dossier.stage);
  // Where the dossier is, or where it ended: the furthest step it reached.
  const reached = Math.max(0, ...[...visited].map((phase) => PHASES.indexOf(phase)));
  // Once sent up, the dossier is in the escalation step whatever stage the higher level has it in.
  const escalated = visited.has('escalation') && !approved && !endedBadly;
  const current = escalated
    ? PHASES.indexOf('escalation')
    : currentPhase !== undefined
      ? PHASES.indexOf(currentPhase)
      : reached;
  return PHASES.map((phase, index) => {
    const done = visited.has(phase);
    if (approved) return { phase, status: done ? 'finish' : 'wait', skipped: !done };
    if (index === current)
      return {
        phase,
        status: endedBadly ? 'error' : dossier.stage === 'DRAFT' ? 'wait' : 'process',
        skipped: false,
      };
    if (index < current) return { phase, status: done ? 'finish' : 'wait', skipped: !done };
    return { phase, status: 'wait', skipped: notApplying.has(phase) };
  });
}

/** True once the dossier's workflow has ended. */
export function isClosed(stage: string): boolean {
  return stage === 'APPROVED' || ENDED_BADLY.includes(stage);
}

/** Colours of a dossier's stage tag: green approved, red ended otherwise, orange waiting on the unit. */
export function stageColor(stage: string): string {
  if (stage === 'APPROVED') return 'success';
  if (stage === 'SUPPLEMENTING') return 'warning';
  if (isClosed(stage)) return 'error';
  if (stage === 'DRAFT') return 'default';
  return 'processing';
}
