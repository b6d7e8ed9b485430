import type { AuditRecordView } from './audit-record';

const COLUMNS: readonly (keyof AuditRecordView)[] = [
  'id',
  'occurredAt',
  'actorKind',
  'actorId',
  'actorUsername',
  'actorRole',
  'actorUnitId',
  'unitId',
  'unitCode',
  'action',
  'entityType',
  'entityId',
  'requestId',
  'workflowId',
  'before',
  'after',
];

/** Cells a spreadsheet would run as a formula (CSV injection); they get a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell (RFC 4180): JSON for objects, quoted when needed, never a live spreadsheet formula. */
export function csvCell(
  value: string | number | boolean | Record<string, unknown> | null | undefined,
): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header line of an audit export, starting with a byte-order mark so that Excel reads UTF-8 Vietnamese. */
export function auditCsvHeader(): string {
  return `\uFEFF${COLUMNS.join(',')}\r\n`;
}

/** One audit row as a CSV line. */
export function auditCsvLine(record: AuditRecordView): string {
  return `${COLUMNS.map((column) => csvCell(record[column])).join(',')}\r\n`;
}
