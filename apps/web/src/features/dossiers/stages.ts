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

/** Where the stepper stands: the current step, and whether the dossier is moving, done or stopped. */
export interface PhaseProgress {
  current: number;
  status: 'process' | 'finish' | 'error' | 'wait';
}

/**
 * The stepper's position for a dossier: its stage's step; for a closed dossier, the step it ended on
 * (the last stage of its timeline before closing), finished when approved. A dossier handled by a
 * level above its first one is in the escalation step.
 */
export function phaseProgress(dossier: {
  stage: string;
  currentLevel: string | null;
  approvalPath: { level: string }[] | null;
  timeline: { stage: string }[];
}): PhaseProgress {
  if (dossier.stage === 'APPROVED') return { current: PHASES.length - 1, status: 'finish' };
  const escalated =
    dossier.approvalPath !== null &&
    dossier.approvalPath.length > 1 &&
    dossier.currentLevel !== null &&
    dossier.currentLevel !== dossier.approvalPath[0]?.level;
  if (ENDED_BADLY.includes(dossier.stage)) {
    const last = [...dossier.timeline]
      .reverse()
      .map((event) => PHASE_OF_STAGE[event.stage as DossierStage])
      .find((phase) => phase !== undefined);
    return { current: PHASES.indexOf(last ?? 'submission'), status: 'error' };
  }
  if (escalated) return { current: PHASES.indexOf('escalation'), status: 'process' };
  const phase = PHASE_OF_STAGE[dossier.stage as DossierStage] ?? 'submission';
  return {
    current: PHASES.indexOf(phase),
    status: dossier.stage === 'DRAFT' ? 'wait' : 'process',
  };
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
