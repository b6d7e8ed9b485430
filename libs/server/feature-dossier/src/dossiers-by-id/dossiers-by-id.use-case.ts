import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DossierEntity } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';

/** Dossiers by id, for answers that mention them (e.g. the inbox's tasks); unknown ids are absent. */
@Injectable()
export class DossiersByIdUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(ids: Iterable<string>): Promise<Map<string, DossierEntity>> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(DossierEntity)
      .createQueryBuilder('d')
      .where('d.id = ANY(:ids::uuid[])', { ids: wanted })
      .getMany();
    return new Map(rows.map((dossier) => [dossier.id, dossier]));
  }
}
