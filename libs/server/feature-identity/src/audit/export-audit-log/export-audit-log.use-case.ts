import { Injectable } from '@nestjs/common';
import type { Actor } from '../../actor';
import { auditCsvHeader, auditCsvLine } from '../audit-csv';
import type { AuditFilter } from '../audit-record';
import { AuditLogReader } from '../audit-log-reader';

/** The audit log within the actor's scope as CSV text, produced in chunks so that any size streams. */
@Injectable()
export class ExportAuditLogUseCase {
  constructor(private readonly reader: AuditLogReader) {}

  async *execute(actor: Actor, filter: AuditFilter): AsyncGenerator<string> {
    yield auditCsvHeader();
    for await (const record of this.reader.all(actor, filter)) yield auditCsvLine(record);
  }
}
