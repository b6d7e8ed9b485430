import { deflateRawSync } from 'node:zlib';
import { AppError } from '@tdkt/contracts';
import ExcelJS from 'exceljs';
import { type ListRow, sheetsByKind, writeListWorkbook } from '../template/list-workbook';
import { XLSX_MIME } from '../container/xlsx-container';
import { readListSheet } from './read-sheet';
import { validateList, type AwardCatalog } from './validate-rows';

const AWARDS: AwardCatalog = (year) =>
  year === 2024
    ? new Map([
        [
          'CSTDCS',
          {
            name: { vi: 'Chiến sĩ thi đua cơ sở', en: 'Grassroots Emulation Fighter' },
            nomineeKinds: ['individual'],
          },
        ],
        [
          'TTLDTT',
          {
            name: { vi: 'Tập thể lao động tiên tiến', en: 'Advanced Collective' },
            nomineeKinds: ['collective'],
          },
        ],
      ])
    : null;

/** A list typed by hand in Excel: a title, the template's header, then the rows given. */
async function handTypedList(
  rows: ExcelJS.CellValue[][],
  shape?: (sheet: ExcelJS.Worksheet) => void,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024']);
  sheet.mergeCells('A1:L1');
  sheet.addRow([
    'STT',
    'Họ và tên',
    'Năm sinh (hoặc ngày sinh)',
    'Giới tính',
    'Chức vụ, chức danh',
    'Danh hiệu, hình thức khen thưởng',
    'Năm xét khen thưởng',
    'Xếp loại năm xét khen thưởng',
    'Lao động trực tiếp',
    'Dân tộc thiểu số',
    'Lãnh đạo, quản lý',
    'Tóm tắt thành tích',
  ]);
  for (const row of rows) sheet.addRow(row);
  shape?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const CSTDCS = 'Chiến sĩ thi đua cơ sở (CSTDCS)';
const HTXS = 'Hoàn thành xuất sắc nhiệm vụ';

async function validate(content: Buffer) {
  return validateList(await readListSheet(content, XLSX_MIME), AWARDS);
}

describe('reading a nomination list', () => {
  it('reports every bad row with its row, column and reason, and keeps every diacritic of the good ones', async () => {
    const file = await handTypedList(
      [
        [
          1,
          'Nguyễn Thị Ánh Tuyết',
          '03/05/1985',
          'Nữ',
          'Giáo viên',
          CSTDCS,
          2024,
          HTXS,
          'Có',
          'Không',
          'Không',
          'Dạy giỏi cấp huyện',
        ],
        [
          2,
          'Đặng Văn Hưởng',
          31_000,
          'Nam',
          'Tổ trưởng',
          'CSTDCS',
          2024,
          'HTXS',
          'Không',
          'Có',
          'Có',
          'Sáng kiến cấp huyện',
        ],
        [
          3,
          'Lê Thị Mỹ Ngọc',
          'ba mươi',
          'Nữ',
          'Giáo viên',
          CSTDCS,
          'năm nay',
          HTXS,
          'Có',
          'Không',
          'Không',
          'Dạy giỏi',
        ],
        [
          4,
          'Phạm Quốc Khải',
          1988,
          'X',
          'Giáo viên',
          'Bằng khen của Bộ (BKBO)',
          2024,
          HTXS,
          'Có',
          'Không',
          'Không',
          'Dạy giỏi',
        ],
        [
          5,
          'Nguyễn Thị Ánh Tuyết',
          '03/05/1985',
          'Nữ',
          'Giáo viên',
          CSTDCS,
          2024,
          HTXS,
          'Có',
          'Không',
          'Không',
          'Trùng dòng 3',
        ],
        [
          6,
          { formula: 'B3&" (copy)"', result: 'Nguyễn Thị Ánh Tuyết (copy)' },
          1990,
          'Nữ',
          'Giáo viên',
          CSTDCS,
          2024,
          HTXS,
          'Có',
          'Không',
          'Không',
          'Công thức',
        ],
        [
          7,
          'Trần Thị Thuỳ Dương',
          1979,
          'Nữ',
          'Giáo viên',
          CSTDCS,
          2024,
          HTXS,
          'có lẽ',
          'Không',
          'Không',
          'Ô gộp',
        ],
        [8, 'Hồ Sỹ Ẩn', 1982, 'Nam', 'Giáo viên', CSTDCS, 2024, HTXS, 'Có', 'Không', 'Không', ''],
        [
          9,
          'Vũ Thị Ỷ',
          '30/02/1990',
          'Nữ',
          'Giáo viên',
          CSTDCS,
          2024,
          'Giỏi',
          'Có',
          'Không',
          'Không',
          'Ngày sai',
        ],
        [
          10,
          'Tổ Toán',
          null,
          null,
          null,
          'Tập thể lao động tiên tiến (TTLDTT)',
          2024,
          null,
          null,
          null,
          null,
          'Tập thể',
        ],
      ],
      (sheet) => sheet.mergeCells('L9:L10'),
    );
    const list = await validate(file);
    const errors = list.errors.map((error) => [error.row, error.column, error.rule]);
    expect(errors).toEqual([
      [5, 'C', 'birth-year'],
      [5, 'G', 'integer'],
      [6, 'D', 'gender'],
      [6, 'F', 'known-award'],
      [7, 'B', 'unique-in-list'],
      [8, 'B', 'no-formula'],
      [9, 'I', 'yes-no'],
      [9, 'L', 'no-merged-cells'],
      [10, 'L', 'required'],
      [11, 'C', 'date'],
      [11, 'H', 'rating'],
      [12, 'F', 'award-nominee-kind'],
    ]);
    const byRule = new Map(list.errors.map((error) => [error.rule, error]));
    expect(byRule.get('no-formula')?.message.vi).toBe(
      'Ô chứa công thức (=B3&" (copy)"); hệ thống không tính công thức, hãy ghi giá trị.',
    );
    expect(byRule.get('unique-in-list')?.message.en).toMatch(/^Same as row 3/);
    expect(byRule.get('no-merged-cells')?.message.vi).toBe(
      'Các ô L9:L10 đang được gộp; hãy bỏ gộp ô và ghi đủ giá trị cho từng dòng.',
    );
    expect(byRule.get('date')?.columnName?.vi).toBe('Năm sinh (hoặc ngày sinh)');
    // The good rows, with their categories; an Excel date serial and a DD/MM/YYYY date give the year only.
    expect(list.items).toEqual([
      {
        rowNumber: 3,
        year: 2024,
        awardCode: 'CSTDCS',
        nominee: {
          kind: 'individual',
          name: 'Nguyễn Thị Ánh Tuyết',
          birthYear: 1985,
          gender: 'female',
          position: 'Giáo viên',
          rating: 'HTXS',
          directWorker: true,
          ethnicMinority: false,
          leaderOrManager: false,
        },
        achievementsSummary: 'Dạy giỏi cấp huyện',
      },
      {
        rowNumber: 4,
        year: 2024,
        awardCode: 'CSTDCS',
        nominee: {
          kind: 'individual',
          name: 'Đặng Văn Hưởng',
          birthYear: 1984,
          gender: 'male',
          position: 'Tổ trưởng',
          rating: 'HTXS',
          directWorker: false,
          ethnicMinority: true,
          leaderOrManager: true,
        },
        achievementsSummary: 'Sáng kiến cấp huyện',
      },
    ]);
  });

  it('reads names typed decomposed (as a Mac writes them) as the same composed letters', async () => {
    const decomposed = 'Nguyễn Thị Ánh'.normalize('NFD');
    const list = await validate(
      await handTypedList([
        [1, decomposed, 1985, 'Nữ', null, CSTDCS, 2024, null, null, null, null, 'x'],
      ]),
    );
    expect(list.errors).toEqual([]);
    expect(list.items[0]?.nominee.name).toBe('Nguyễn Thị Ánh');
  });

  it('reads back what it writes: the template with its example row and every value of a list', async () => {
    const rows = [
      {
        year: 2024,
        awardCode: 'CSTDCS',
        awardName: 'Chiến sĩ thi đua cơ sở',
        nominee: {
          kind: 'individual' as const,
          name: 'Bùi Thị Hằng',
          birthYear: 1980,
          gender: 'female' as const,
          position: 'Hiệu phó',
          rating: 'HTTNV' as const,
          directWorker: false,
          ethnicMinority: true,
          leaderOrManager: true,
        },
        achievementsSummary: 'Quản lý chuyên môn',
        extra: ['HS-2024-000001', 'Đang thẩm định'],
      },
    ];
    const file = await writeListWorkbook({
      title: ['DANH SÁCH', 'Trường Tiểu học Long Giao'],
      awards: { individual: [{ code: 'CSTDCS', name: 'Chiến sĩ thi đua cơ sở' }] },
      sheets: [
        {
          name: 'Danh sách',
          kind: 'individual',
          rows,
          example: { ...rows[0]!, nominee: { kind: 'individual', name: 'Nguyễn Văn Mẫu' } },
        },
      ],
      extraColumns: [
        { header: 'Mã hồ sơ', width: 16 },
        { header: 'Trạng thái', width: 20 },
      ],
    });
    const list = await validate(file);
    expect(list.errors).toEqual([]);
    expect(list.items).toEqual([
      {
        rowNumber: 6,
        year: 2024,
        awardCode: 'CSTDCS',
        nominee: rows[0]!.nominee,
        achievementsSummary: 'Quản lý chuyên môn',
      },
    ]);
  });
});

describe('a file of several lists (an export of individuals and collectives together)', () => {
  const teacher = {
    year: 2024,
    awardCode: 'CSTDCS',
    awardName: 'Chiến sĩ thi đua cơ sở',
    nominee: { kind: 'individual' as const, name: 'Bùi Thị Hằng' },
    achievementsSummary: 'Dạy giỏi',
  };
  const team = {
    year: 2024,
    awardCode: 'TTLDTT',
    awardName: 'Tập thể lao động tiên tiến',
    nominee: { kind: 'collective' as const, name: 'Tổ Toán - Tin học' },
    achievementsSummary: 'Tổ xuất sắc',
  };
  const file = (rows: ListRow[]) =>
    writeListWorkbook({
      title: ['DANH SÁCH'],
      awards: {
        individual: [{ code: 'CSTDCS', name: 'Chiến sĩ thi đua cơ sở' }],
        collective: [{ code: 'TTLDTT', name: 'Tập thể lao động tiên tiến' }],
      },
      sheets: sheetsByKind(rows),
    });

  it('is refused naming the other list, never imported without it', async () => {
    const refused = await readListSheet(await file([teacher, team]), XLSX_MIME).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('SPREADSHEET_REFUSED');
    expect((refused as AppError).errors.map((detail) => [detail.rule, detail.message.vi])).toEqual([
      ['one-list-per-file', expect.stringContaining('trang "Danh sách tập thể" với 1 dòng')],
    ]);
  });

  it('reads each kind once it is a file of its own', async () => {
    const teachers = await validate(await file([teacher]));
    expect(teachers.errors).toEqual([]);
    expect(teachers.items.map((item) => [item.nominee.name, item.awardCode])).toEqual([
      ['Bùi Thị Hằng', 'CSTDCS'],
    ]);
    const teams = await validate(await file([team]));
    expect(teams.errors).toEqual([]);
    expect(teams.items.map((item) => [item.nominee.name, item.awardCode])).toEqual([
      ['Tổ Toán - Tin học', 'TTLDTT'],
    ]);
  });
});

describe('hostile files are refused before any parsing', () => {
  const refusal = async (content: Buffer, type = XLSX_MIME) => {
    try {
      await readListSheet(content, type);
    } catch (error) {
      if (error instanceof AppError) return [error.code, error.errors[0]?.rule];
      throw error;
    }
    return null;
  };

  /** A ZIP with one entry whose directory may lie about its size. */
  function zipOf(name: string, data: Buffer, declaredSize = data.length): Buffer {
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(declaredSize, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(declaredSize, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(0, 42);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(46 + nameBytes.length, 12);
    end.writeUInt32LE(30 + nameBytes.length + packed.length, 16);
    return Buffer.concat([local, nameBytes, packed, central, nameBytes, end]);
  }

  it.each([
    [
      'a PDF sent as a spreadsheet',
      Buffer.from('%PDF-1.4 x'),
      XLSX_MIME,
      'UNSUPPORTED_FILE_TYPE',
      'xlsx',
    ],
    ['a CSV', Buffer.from('STT,Họ và tên\n1,A'), 'text/csv', 'UNSUPPORTED_FILE_TYPE', 'xlsx'],
    [
      'an old .xls',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      XLSX_MIME,
      'UNSUPPORTED_FILE_TYPE',
      'xlsx',
    ],
  ])('%s', async (_name, content, type, code, rule) => {
    await expect(refusal(content, type)).resolves.toEqual([code, rule]);
  });

  it('a zip bomb: 200 MB of zeros declared as 200 MB', async () => {
    const bomb = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(200 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(refusal(bomb)).resolves.toEqual(['SPREADSHEET_REFUSED', 'max-unpacked-size']);
  });

  it('a zip bomb that lies about its size stops inflating at the size it declared', async () => {
    const bomb = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(50 * 1024 * 1024), 1_000);
    await expect(refusal(bomb)).resolves.toEqual(['SPREADSHEET_REFUSED', 'max-unpacked-size']);
  });

  it('10 MB of empty rows', async () => {
    const rows = Array.from({ length: 700_000 }, (_, index) => `<row r="${index + 2}"/>`).join('');
    const sheet = Buffer.from(`<worksheet><sheetData>${rows}</sheetData></worksheet>`);
    expect(sheet.length).toBeGreaterThan(10 * 1024 * 1024);
    await expect(refusal(zipOf('xl/worksheets/sheet1.xml', sheet))).resolves.toEqual([
      'SPREADSHEET_REFUSED',
      'max-unpacked-size',
    ]);
  });

  it('a macro-enabled workbook', async () => {
    await expect(refusal(zipOf('xl/vbaProject.bin', Buffer.from('macro')))).resolves.toEqual([
      'SPREADSHEET_REFUSED',
      'no-macros',
    ]);
  });
});
