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
  | 'dossierForm.kinds';

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
