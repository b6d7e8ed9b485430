import type { IsoDate } from '../calendar/iso-date';

/**
 * Whether a legal value was checked against the text of its document (`confirmed`) or only read in
 * secondary sources quoting it (`unconfirmed`). An unconfirmed value may warn; it never refuses.
 */
export type SourceStatus = 'confirmed' | 'unconfirmed';

export const SOURCE_STATUSES: readonly SourceStatus[] = ['confirmed', 'unconfirmed'];

/** The document a dated legal value (a day off, a base-salary step) comes from. */
export interface LegalSource {
  /** Number and kind of the document, e.g. "Thông báo 5015/TB-LĐTBXH", "NĐ 161/2026/NĐ-CP". */
  readonly document: string;
  /** The article (or part) that sets the value, when the document has articles, e.g. "3(2)". */
  readonly article?: string;
  readonly issuedOn?: IsoDate;
  readonly issuer?: string;
  /** The official text, or a public page quoting it, for people checking the data. */
  readonly url?: string;
  /** Absent on the holiday schedules recorded before statuses were kept (notices quoted by the press). */
  readonly status?: SourceStatus;
  readonly note?: string;
}
