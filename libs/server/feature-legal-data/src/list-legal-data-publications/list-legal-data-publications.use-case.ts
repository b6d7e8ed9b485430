import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LegalDataPublicationView } from '../legal-data-views';

/** The log of legal-data publications, newest first, each saying whether it is still in effect. */
@Injectable()
export class ListLegalDataPublicationsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(filter: {
    kind?: LegalDataPublicationView['kind'];
  }): Promise<LegalDataPublicationView[]> {
    const rows = await this.dataSource.query<
      {
        revision: string;
        kind: LegalDataPublicationView['kind'];
        key: string;
        payload: unknown;
        published_at: Date;
        published_by: string;
        publisher_name: string | null;
        in_effect: boolean;
      }[]
    >(
      `SELECT p.revision::text AS revision, p.kind, p.key, p.payload, p.published_at, p.published_by,
              u.full_name AS publisher_name,
              NOT EXISTS (SELECT 1 FROM legal_data_publications l
                           WHERE l.kind = p.kind AND l.key = p.key AND l.revision > p.revision) AS in_effect
         FROM legal_data_publications p LEFT JOIN users u ON u.id = p.published_by
        WHERE $1::text IS NULL OR p.kind = $1
        ORDER BY p.revision DESC`,
      [filter.kind ?? null],
    );
    return rows.map((row) => ({
      revision: Number(row.revision),
      kind: row.kind,
      key: row.key,
      value: row.payload,
      publishedAt: row.published_at.toISOString(),
      publishedBy: { id: row.published_by, name: row.publisher_name },
      inEffect: row.in_effect,
    }));
  }
}
