import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';
import {
  ExportWorkbooks,
  type SpreadsheetFile,
  type DossierRow,
  type Ballot,
} from '../export-workbooks';

/** A council meeting's results: each dossier on its agenda with the votes it got. */
@Injectable()
export class ExportCouncilResultsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workbooks: ExportWorkbooks,
  ) {}

  async execute(meetingId: string): Promise<SpreadsheetFile> {
    const [meeting] = await this.dataSource.query<{ title: string; held_on: string }[]>(
      `SELECT title, to_char(scheduled_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY') AS held_on
         FROM council_meetings WHERE id = $1`,
      [meetingId],
    );
    if (meeting === undefined) throw new AppError('COUNCIL_MEETING_NOT_FOUND');
    const rows = await this.workbooks.rowsOf(
      `d.id IN (SELECT dossier_id FROM council_agenda_items WHERE meeting_id = $1 AND removed_at IS NULL)`,
      [meetingId],
      'd.code',
      `, (SELECT jsonb_build_object('cast', a.ballots_cast, 'for', a.votes_for, 'required', a.votes_required, 'passed', a.passed)
            FROM council_agenda_items a WHERE a.meeting_id = $1 AND a.dossier_id = d.id) AS ballot`,
    );
    return this.workbooks.workbook(
      [
        'KẾT QUẢ BỎ PHIẾU CỦA HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
        `${meeting.title} — ${meeting.held_on}`,
      ],
      rows.map((row) => {
        const ballot = (row as DossierRow & { ballot: Ballot | null }).ballot;
        return this.workbooks.listRow(row, [
          ballot?.cast ?? null,
          ballot?.for ?? null,
          ballot?.required ?? null,
          ballot?.passed === null || ballot?.passed === undefined
            ? null
            : ballot.passed
              ? 'Đạt'
              : 'Không đạt',
        ]);
      }),
      [
        { header: 'Số phiếu', width: 10 },
        { header: 'Số phiếu đồng ý', width: 12 },
        { header: 'Số phiếu cần đạt', width: 12 },
        { header: 'Kết quả', width: 12 },
      ],
      'ket-qua-hoi-dong.xlsx',
    );
  }
}
