import type { LocalizedText } from '../localized-text';

/** What a workflow is told when a holiday schedule is published. */
export interface CalendarChange {
  /** The publication (legal_data_publications.revision); a workflow acts on each revision once. */
  revision: number;
  /** The year the schedule is for. */
  year: number;
  /** The document it rests on, e.g. "Thông báo 123/TB-BNV", for the timeline and notices. */
  document: string;
}

/** Input of the workflow that tells every dependent workflow about a publication. */
export interface CalendarPropagationInput extends CalendarChange {
  publishedBy: string;
}

/** What the propagation did. */
export interface CalendarPropagationResult {
  signalled: number;
  /** Workflows that had ended between listing and signalling. */
  gone: number;
}

/** A deadline moved by a published schedule, as the timeline and the notice show it. */
export interface DeadlineMove {
  taskKey: string;
  from: string;
  to: string;
  revision: number;
  document: string;
  title: LocalizedText;
}
