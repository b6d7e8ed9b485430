import { Injectable } from '@nestjs/common';
import { type ListDossiersQuery, ListDossiersUseCase } from '@tdkt/server-feature-dossier';
import { ExportWorkbooks, type SpreadsheetFile, MAX_EXPORT_ROWS } from '../export-workbooks';

/** The dossiers a list shows with its filters (up to MAX_EXPORT_ROWS), most recently changed first. */
@Injectable()
export class ExportDossierListUseCase {
  constructor(
    private readonly workbooks: ExportWorkbooks,
    private readonly list: ListDossiersUseCase,
  ) {}

  async execute(
    query: Omit<ListDossiersQuery, 'limit' | 'offset'>,
    filters: string[],
  ): Promise<SpreadsheetFile> {
    const page = await this.list.execute({ ...query, limit: MAX_EXPORT_ROWS, offset: 0 });
    const rows = await this.workbooks.rowsOf(
      `d.id = ANY($1::uuid[])`,
      [page.items.map((dossier) => dossier.id)],
      'd.updated_at DESC, d.code DESC',
    );
    return this.workbooks.workbook(
      ['DANH SÁCH HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG', ...filters],
      rows.map((row) => this.workbooks.listRow(row, [])),
      [],
      'danh-sach-ho-so.xlsx',
    );
  }
}
