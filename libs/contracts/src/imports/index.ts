import { defineQuery } from '@temporalio/workflow';
import type { LocalizedText } from '../localized-text';

/** Workflow id of the import of one uploaded list (one workflow per import). */
export function dossierImportWorkflowId(importId: string): string {
  return `dossier-import-${importId}`;
}

export interface DossierImportInput {
  importId: string;
  /** How many dossiers are submitted at once (each is its own dossier workflow). */
  concurrency: number;
}

/** What preparing an import found: its rows made into drafts (all of them), or why none was. */
export type PreparedImport =
  { ok: true; rowNumbers: number[] } | { ok: false; reason: LocalizedText };

/** One row's end: its dossier submitted (or accepted), or the reason it was not. */
export interface ImportedRowResult {
  rowNumber: number;
  status: 'SUBMITTED' | 'FAILED';
  code: string | null;
  error: LocalizedText | null;
}

/** Progress of an import, answered while it runs and after it closed. */
export interface DossierImportProgress {
  importId: string;
  total: number;
  submitted: number;
  failed: number;
  finished: boolean;
}

/** Activities of the import workflow. */
export interface DossierImportActivities {
  prepareDossierImport(request: { importId: string }): Promise<PreparedImport>;
  submitImportedDossier(request: {
    importId: string;
    rowNumber: number;
  }): Promise<ImportedRowResult>;
  finishDossierImport(request: { importId: string }): Promise<void>;
}

export const dossierImportProgressQuery =
  defineQuery<DossierImportProgress>('dossierImportProgress');
