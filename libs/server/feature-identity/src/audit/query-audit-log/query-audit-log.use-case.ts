import { Injectable } from '@nestjs/common';
import type { Actor } from '../../actor';
import type { AuditFilter, AuditRecordView } from '../audit-record';
import { AuditLogReader } from '../audit-log-reader';

export interface AuditPage {
  items: AuditRecordView[];
  /** Pass as `before` to read the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/** One page of the audit log within the actor's scope, newest first. */
@Injectable()
export class QueryAuditLogUseCase {
  constructor(private readonly reader: AuditLogReader) {}

  async execute(
    actor: Actor,
    filter: AuditFilter,
    page: { limit: number; before?: string },
  ): Promise<AuditPage> {
    const rows = await this.reader.page(actor, filter, page.limit + 1, page.before);
    const items = rows.slice(0, page.limit);
    return {
      items,
      nextCursor: rows.length > page.limit ? (items[items.length - 1]?.id ?? null) : null,
    };
  }
}
