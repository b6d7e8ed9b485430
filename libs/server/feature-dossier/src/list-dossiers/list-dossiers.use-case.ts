import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DossierEntity } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { searchableText } from '../nominee-search';

export interface ListDossiersQuery {
  /** Only dossiers of these proposing units (the caller's scope); 'all' for a scope covering the whole tree. */
  scope: string[] | 'all';
  stage?: string[];
  awardCode?: string;
  /** A unit whose subtree's dossiers are wanted (within the scope). */
  unitId?: string;
  year?: number;
  /** Only dossiers whose current step is past its deadline. */
  overdue?: boolean;
  /** Text in the nominee's name, with or without diacritics, or in the dossier's code (`HS-2024-000001`). */
  q?: string;
  limit: number;
  offset: number;
}

export interface DossierPage {
  items: DossierEntity[];
  total: number;
}

/** Dossiers within the caller's scope, filtered, most recently changed first. */
@Injectable()
export class ListDossiersUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(query: ListDossiersQuery): Promise<DossierPage> {
    if (query.scope !== 'all' && query.scope.length === 0) return { items: [], total: 0 };
    const builder = this.dataSource.getRepository(DossierEntity).createQueryBuilder('d');
    if (query.scope !== 'all')
      builder.andWhere('d.proposing_unit_id = ANY(:scope::uuid[])', { scope: query.scope });
    if (query.stage?.length) builder.andWhere('d.stage = ANY(:stages)', { stages: query.stage });
    if (query.awardCode) builder.andWhere('d.award_code = :award', { award: query.awardCode });
    if (query.year !== undefined) builder.andWhere('d.year = :year', { year: query.year });
    if (query.overdue) builder.andWhere('d.closed_at IS NULL AND d.stage_due_at < now()');
    if (query.q)
      builder.andWhere('(d.nominee_search LIKE :q OR d.code LIKE :code)', {
        q: `%${escapeLike(searchableText(query.q))}%`,
        code: `%${escapeLike(query.q.trim().toUpperCase())}%`,
      });
    if (query.unitId) {
      builder.andWhere(
        `d.proposing_unit_id IN (
           WITH RECURSIVE sub(id) AS (
             SELECT id FROM units WHERE id = :unitId
             UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id OR u.merged_into_id = sub.id
           ) SELECT id FROM sub)`,
        { unitId: query.unitId },
      );
    }
    const [items, total] = await builder
      .orderBy('d.updated_at', 'DESC')
      .addOrderBy('d.code', 'DESC')
      .take(query.limit)
      .skip(query.offset)
      .getManyAndCount();
    return { items, total };
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
