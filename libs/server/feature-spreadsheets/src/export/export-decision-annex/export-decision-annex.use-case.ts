import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';
import { ExportWorkbooks, type SpreadsheetFile, type DossierRow } from '../export-workbooks';

/** A decision's annex: the people and collectives it awards, with their bonus. */
@Injectable()
export class ExportDecisionAnnexUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workbooks: ExportWorkbooks,
  ) {}

  async execute(decisionId: string): Promise<SpreadsheetFile> {
    const [decision] = await this.dataSource.query<{ number: string; signed_on: string }[]>(
      `SELECT number, to_char(signed_on, 'DD/MM/YYYY') AS signed_on FROM decisions WHERE id = $1`,
      [decisionId],
    );
    if (decision === undefined) throw new AppError('DECISION_NOT_FOUND');
    const rows = await this.workbooks.rowsOf(
      `d.id IN (SELECT dossier_id FROM decision_awardees WHERE decision_id = $1)`,
      [decisionId],
      '(SELECT position FROM decision_awardees a WHERE a.decision_id = $1 AND a.dossier_id = d.id)',
      `, (SELECT bonus_vnd FROM decision_awardees a WHERE a.decision_id = $1 AND a.dossier_id = d.id)::text AS bonus`,
    );
    return this.workbooks.workbook(
      [
        'DANH SÁCH KHEN THƯỞNG',
        `Kèm theo Quyết định số ${decision.number} ngày ${decision.signed_on}`,
      ],
      rows.map((row) =>
        this.workbooks.listRow(row, [
          Number((row as DossierRow & { bonus: string | null }).bonus ?? 0),
        ]),
      ),
      [{ header: 'Tiền thưởng (đồng)', width: 16 }],
      `phu-luc-quyet-dinh-${decision.number.replace(/[^0-9A-Za-z]+/g, '-')}.xlsx`,
    );
  }
}
