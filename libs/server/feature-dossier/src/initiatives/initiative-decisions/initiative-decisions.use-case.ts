import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { InitiativeDecision } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';

/**
 * The decisions already taken on some initiatives. A dossier reads them once it starts waiting, so an
 * initiative decided between the dossier's submission and the start of its workflow (whose signal
 * found no workflow to reach) is not waited for forever.
 */
@Injectable()
export class InitiativeDecisionsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute(request: { initiativeIds: string[] }): Promise<InitiativeDecision[]> {
    return this.dataSource.query<InitiativeDecision[]>(
      `SELECT id AS "initiativeId", status = 'RECOGNIZED' AS recognized, scope, reasons AS reason
         FROM initiatives WHERE id = ANY($1::uuid[]) AND status IN ('RECOGNIZED', 'REFUSED')
        ORDER BY id`,
      [request.initiativeIds],
    );
  }
}
