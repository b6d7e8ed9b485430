import { Injectable } from '@nestjs/common';
import { AppError, type NomineeKind } from '@tdkt/contracts';
import { ServerConfig } from '@tdkt/server-config';
import { ruleSetForSubmissions } from '@tdkt/server-feature-dossier';
import { awardsForKind, submissionAwardCatalog } from '../../import/award-catalog';
import { writeListWorkbook, type ListRow } from '../../template/list-workbook';
import { ExportWorkbooks, type SpreadsheetFile } from '../export-workbooks';

/** The empty list of an award for a year: its drop-downs, an example row and instructions. */
@Injectable()
export class ExportImportTemplateUseCase {
  constructor(
    private readonly workbooks: ExportWorkbooks,
    private readonly config: ServerConfig,
  ) {}

  async execute(awardCode: string, year: number, unitId: string): Promise<SpreadsheetFile> {
    const unitName = await this.workbooks.unitName(unitId);
    const ruleSet = ruleSetForSubmissions(this.config, year);
    const award = ruleSet.awards[awardCode as keyof typeof ruleSet.awards];
    if (award === undefined)
      throw new AppError('VALIDATION_FAILED', [
        {
          field: 'awardCode',
          rule: 'award-in-rule-set',
          message: {
            vi: `Bộ quy tắc áp dụng cho năm ${year} (${ruleSet.id}) không có "${awardCode}".`,
            en: `The rule set for ${year} (${ruleSet.id}) has no award "${awardCode}".`,
          },
        },
      ]);
    const kind = award.nomineeKinds[0] as NomineeKind;
    const catalog = submissionAwardCatalog(this.config);
    const example: ListRow = {
      year,
      awardCode,
      awardName: award.name.vi,
      nominee:
        kind === 'individual'
          ? {
              kind,
              name: 'Nguyễn Thị Lan',
              birthYear: 1985,
              gender: 'female',
              position: 'Giáo viên',
              rating: 'HTXS',
              directWorker: false,
              ethnicMinority: false,
              leaderOrManager: false,
            }
          : { kind, name: kind === 'collective' ? 'Tổ Toán - Tin học' : 'Hộ ông Nguyễn Văn Ba' },
      achievementsSummary: 'Tóm tắt thành tích tiêu biểu trong năm',
    };
    const content = await writeListWorkbook({
      title: ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', `${award.name.vi} năm ${year} — ${unitName}`],
      awards: { [kind]: awardsForKind(catalog, year, kind) },
      sheets: [{ name: 'Danh sách', kind, rows: [], example }],
      emptyRows: 500,
    });
    return { fileName: `mau-danh-sach-${awardCode.toLowerCase()}-${year}.xlsx`, content };
  }
}
