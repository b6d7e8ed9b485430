import { Injectable } from '@nestjs/common';
import { ExportWorkbooks, type SpreadsheetFile } from '../export-workbooks';

/** The award register (sổ khen thưởng) of a unit's subtree for a year: every dossier awarded. */
@Injectable()
export class ExportAwardRegisterUseCase {
  constructor(private readonly workbooks: ExportWorkbooks) {}

  async execute(unitId: string, year: number): Promise<SpreadsheetFile> {
    const unitName = await this.workbooks.unitName(unitId);
    const rows = await this.workbooks.rowsOf(
      `d.stage = 'APPROVED' AND d.year = $2 AND d.proposing_unit_id IN (
         WITH RECURSIVE sub(id) AS (
           SELECT id FROM units WHERE id = $1
           UNION SELECT u2.id FROM units u2 JOIN sub ON u2.parent_id = sub.id OR u2.merged_into_id = sub.id
         ) SELECT id FROM sub)`,
      [unitId, year],
      'u.name, d.decided_on, d.code',
    );
    return this.workbooks.workbook(
      ['SỔ KHEN THƯỞNG', `${unitName} — năm ${year}`],
      rows.map((row) => this.workbooks.listRow(row, [])),
      [],
      `so-khen-thuong-${year}.xlsx`,
    );
  }
}
