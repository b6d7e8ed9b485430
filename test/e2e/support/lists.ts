import { type ListRow, writeListWorkbook } from '@tdkt/server-feature-spreadsheets';
import ExcelJS from 'exceljs';

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Đặng', 'Đỗ'];
const GIVEN = ['Thị Ánh Tuyết', 'Văn Đức', 'Thị Hằng Ỷ', 'Quốc Việt Ưng'];

/** Forty teachers of a school for LĐTT 2024, each a different person, names with every tone mark. */
export const FORTY_TEACHERS: ListRow[] = SURNAMES.flatMap((surname, i) =>
  GIVEN.map((given, j) => ({
    year: 2024,
    awardCode: 'LDTT',
    awardName: 'Lao động tiên tiến',
    nominee: {
      kind: 'individual' as const,
      name: `${surname} ${given}`,
      birthYear: 1970 + i * 2 + j,
      gender: given.startsWith('Thị') ? ('female' as const) : ('male' as const),
      position: 'Giáo viên',
      rating: 'HTTNV' as const,
      directWorker: false,
      ethnicMinority: (i + j) % 7 === 0,
      leaderOrManager: false,
    },
    achievementsSummary: `Hoàn thành tốt nhiệm vụ năm học 2023-2024 (${surname} ${given})`,
  })),
);

/** A school's LĐTT list as the template lays it out. */
export function teachersWorkbook(rows: ListRow[]): Promise<Buffer> {
  return writeListWorkbook({
    title: ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', 'Trường Tiểu học Long Giao'],
    awards: { individual: [{ code: 'LDTT', name: 'Lao động tiên tiến' }] },
    sheets: [{ name: 'Danh sách', kind: 'individual', rows }],
  });
}

/**
 * The list with cells overwritten, as a person edits it in Excel: by nominee name and the start of
 * the column's header. Answers where each edit landed (row number, column letter).
 */
export async function withCells(
  file: Buffer,
  edits: { name: string; header: string; value: string | number }[],
): Promise<{ file: Buffer; places: { row: number; column: string }[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Danh sách');
  if (sheet === undefined) throw new Error('no sheet "Danh sách"');
  const columns = new Map<string, number>();
  sheet.eachRow((row) => {
    if (row.getCell(1).value === 'STT')
      row.eachCell((cell, column) => columns.set(cell.text, column));
  });
  const nameColumn = [...columns.entries()].find(([header]) => header.startsWith('Họ'))?.[1] ?? 0;
  const places = edits.map((edit) => {
    let found: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(nameColumn).value === edit.name) found = row;
    });
    const column = [...columns.entries()].find(([header]) => header.startsWith(edit.header))?.[1];
    if (found === undefined || column === undefined)
      throw new Error(`no cell for ${edit.name} / ${edit.header}`);
    const cell = found.getCell(column);
    cell.value = edit.value;
    return { row: found.number, column: cell.address.replace(/\d+$/, '') };
  });
  return { file: Buffer.from(await workbook.xlsx.writeBuffer()), places };
}
