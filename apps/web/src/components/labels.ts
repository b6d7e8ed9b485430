import type { TFunction } from 'i18next';
import i18n from '../i18n/i18n';

type Group =
  | 'roles'
  | 'stages'
  | 'events'
  | 'levels'
  | 'documentKinds'
  | 'positions'
  | 'meetingStatuses'
  | 'seats'
  | 'stuckReasons'
  | 'auditActions'
  | 'closingReasons'
  | 'workflowTypes'
  | 'planKinds'
  | 'planOutcomes'
  | 'planStatuses'
  | 'simulationEvents'
  | 'initiativeStatuses'
  | 'initiativeScopes'
  | 'taskTypes'
  | 'errorCodes'
  | 'workflowStatuses'
  | 'generatedDocuments'
  | 'activities'
  | 'entityTypes'
  | 'actorKinds'
  | 'unitLevels'
  | 'dossierForm.kinds'
  | 'clusters.statuses'
  | 'clusters.kinds'
  | 'clusters.awards';

/**
 * The label of a value the API sends as a code (a role, a stage, a timeline event…), from the message
 * files; `fallback` when the files do not know it yet, so that no raw code reaches the page.
 */
export function codeLabel(t: TFunction, group: Group, code: string, fallback: string): string {
  const key = `${group}.${code.replace(/[.-]/g, '_')}`;
  return i18n.exists(key) ? t(key as never) : fallback;
}

export function roleLabel(t: TFunction, role: string): string {
  return codeLabel(t, 'roles', role, t('roles.other'));
}

export function stageLabel(t: TFunction, stage: string): string {
  return codeLabel(t, 'stages', stage, t('stages.other'));
}

export function eventLabel(t: TFunction, type: string): string {
  return codeLabel(t, 'events', type, t('events.other'));
}

export function levelLabel(t: TFunction, level: string): string {
  return codeLabel(t, 'levels', level, level);
}

/**
 * Why a dossier ended without an award, as people say it: the workflow writes `CODE` or
 * `CODE: detail` (`COUNCIL_VOTE_FAILED: 3/9` → "Hội đồng bỏ phiếu không đạt, số phiếu đồng ý 3/9").
 * Any other text (an operator's reason) is shown as written.
 */
export function closingReasonText(t: TFunction, reason: string): string {
  const match = /^([A-Z][A-Z_]+)(?::\s*(.*))?$/.exec(reason);
  if (!match) return reason;
  const name = codeLabel(t, 'closingReasons', match[1] ?? '', reason);
  if (name === reason) return reason;
  return match[2] ? `${name} ${match[2]}` : name;
}
