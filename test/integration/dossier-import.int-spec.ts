import {
  readListSheet,
  validateList,
  writeListWorkbook,
  XLSX_MIME,
  type ListRow,
} from '@tdkt/server-feature-spreadsheets';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { WORKSPACE_ROOT } from '@tdkt/infra';
import ExcelJS from 'exceljs';
import { recordHistory } from '../support/histories';
import { cliEnv } from '../support/operations';
import {
  logIn,
  request,
  startTestSystem,
  TEST_DEMO_PASSWORD,
  type TestSystem,
  unitIdOf,
} from '../support/system';

/**
 * A school's Excel list through the API, as a new user would: the template, a first upload with three
 * bad rows (each named by row, column and reason, nothing created), the fixed file imported in full
 * by the worker (one dossier workflow per row), the same file again creating nothing, and the
 * school's dossier list exported and read back.
 */

interface ImportBody {
  code?: string;
  id: string;
  status: string;
  totalRows: number;
  replayed: boolean;
  errors: { row: number | null; column: string | null; field: string; rule: string }[];
  progress: { total: number; submitted: number; failed: number; pending: number };
  rows: { rowNumber: number; nomineeName: string; status: string; dossierCode: string | null }[];
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Đặng', 'Đỗ'];
const GIVEN = ['Thị Ánh Tuyết', 'Văn Đức', 'Thị Hằng Ỷ', 'Quốc Việt Ưng'];

/** Forty teachers, every one a different person; names with Vietnamese diacritics of every tone. */
const TEACHERS: ListRow[] = SURNAMES.flatMap((surname, i) =>
  GIVEN.map((given, j) => {
    const female = given.startsWith('Thị');
    return {
      year: 2024,
      awardCode: 'LDTT',
      awardName: 'Lao động tiên tiến',
      nominee: {
        kind: 'individual' as const,
        name: `${surname} ${given}`,
        birthYear: 1970 + i * 2 + j,
        gender: female ? ('female' as const) : ('male' as const),
        position: 'Giáo viên',
        rating: 'HTTNV' as const,
        directWorker: false,
        ethnicMinority: (i + j) % 7 === 0,
        leaderOrManager: false,
      },
      achievementsSummary: `Hoàn thành tốt nhiệm vụ năm học 2023-2024 (${surname} ${given})`,
    };
  }),
);

const list = (rows: ListRow[]) =>
  writeListWorkbook({
    title: ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', 'Trường Tiểu học Long Giao'],
    awards: { individual: [{ code: 'LDTT', name: 'Lao động tiên tiến' }] },
    sheets: [{ name: 'Danh sách', kind: 'individual', rows }],
  });

/** The list with cells overwritten: by nominee name, the header's column and the new value. */
async function withCells(
  file: Buffer,
  edits: { name: string; header: string; value: string | number }[],
): Promise<{ file: Buffer; places: { row: number; column: string }[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Danh sách')!;
  const columns = new Map<string, number>();
  let nameColumn = 0;
  sheet.eachRow((row) => {
    if (row.getCell(1).value !== 'STT') return;
    row.eachCell((cell, column) => columns.set(cell.text, column));
    nameColumn = [...columns.entries()].find(([header]) => header.startsWith('Họ'))?.[1] ?? 0;
  });
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

describe('importing a nomination list from Excel through the API', () => {
  let system: TestSystem;
  let school: string;
  let token: string;

  beforeAll(async () => {
    system = await startTestSystem();
    school = await unitIdOf(system, 'DN-CM-TH-LG');
    token = (await logIn(system, 'demo.officer.thlg')).accessToken;
  });
  afterAll(() => system?.stop());

  const as = () => ({ apiUrl: system.apiUrl, token });

  const upload = async (content: Buffer, fileName: string, type = XLSX_MIME) => {
    const form = new FormData();
    form.append('file', new Blob([content], { type }), fileName);
    const response = await fetch(
      `${system.apiUrl}/api/v1/dossier-imports?proposingUnitId=${school}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      },
    );
    return { status: response.status, body: (await response.json()) as ImportBody };
  };

  const dossiersOfSchool = async () =>
    (
      await system.db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM dossiers WHERE proposing_unit_id = $1 AND award_code = 'LDTT' AND year = 2024`,
        [school],
      )
    )[0]!.n;

  const download = async (path: string) => {
    const response = await fetch(`${system.apiUrl}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      disposition: response.headers.get('content-disposition'),
      content: Buffer.from(await response.arrayBuffer()),
    };
  };

  it('offers the award template with its drop-downs and example row', async () => {
    const template = await download(
      `/api/v1/dossier-imports/template.xlsx?awardCode=LDTT&year=2024&unitId=${school}`,
    );
    expect(template.status).toBe(200);
    expect(template.type).toContain(XLSX_MIME);
    expect(template.disposition).toContain('mau-danh-sach-ldtt-2024.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.content as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Danh sách',
      'Danh mục',
      'Hướng dẫn',
    ]);
    // The template reads as an empty list: its example row is skipped.
    const read = validateList(await readListSheet(template.content, XLSX_MIME), () => null);
    expect(read.items).toEqual([]);
  });

  it('names each bad row by row, column and reason, creating nothing; the fixed file imports all 40', async () => {
    const before = await dossiersOfSchool();
    const good = await list(TEACHERS);
    const bad = await withCells(good, [
      { name: 'Trần Văn Đức', header: 'Năm sinh', value: 'năm ngoái' },
      { name: 'Lê Thị Hằng Ỷ', header: 'Danh hiệu', value: 'KHONG_CO_DANH_HIEU' },
      { name: 'Phạm Quốc Việt Ưng', header: 'Họ', value: 'Phạm Thị Ánh Tuyết' },
    ]);
    const duplicateOf = TEACHERS.find((row) => row.nominee.name === 'Phạm Thị Ánh Tuyết')!;
    // The duplicate must be the same person: same year of birth too.
    const duplicated = await withCells(bad.file, [
      {
        name: 'Phạm Thị Ánh Tuyết',
        header: 'Năm sinh',
        value: duplicateOf.nominee.birthYear!,
      },
    ]);
    const birthCell = bad.places[0]!;
    const awardCell = bad.places[1]!;
    const duplicateRow = bad.places[2]!;

    const refused = await upload(duplicated.file, 'danh-sach-giao-vien.xlsx');
    expect(refused.status).toBe(201);
    expect(refused.body.status).toBe('INVALID');
    expect(
      refused.body.errors.map((error) => [error.row, error.column, error.field, error.rule]),
    ).toEqual([
      [birthCell.row, birthCell.column, 'nominee.birthYear', 'birth-year'],
      [awardCell.row, awardCell.column, 'awardCode', 'known-award'],
      [duplicateRow.row, duplicateRow.column, 'nominee', 'unique-in-list'],
    ]);
    const notStarted = await request(
      as(),
      'POST',
      `/api/v1/dossier-imports/${refused.body.id}/start`,
    );
    expect(notStarted.status).toBe(422);
    expect((notStarted.body as { code: string }).code).toBe('DOSSIER_IMPORT_HAS_ERRORS');
    expect(await dossiersOfSchool()).toBe(before);

    const accepted = await upload(good, 'danh-sach-giao-vien-da-sua.xlsx');
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({ status: 'VALIDATED', totalRows: 40, errors: [] });
    expect(accepted.body.rows).toHaveLength(40);
    expect(await dossiersOfSchool()).toBe(before);

    const again = await upload(good, 'danh-sach-giao-vien-da-sua (1).xlsx');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: accepted.body.id, replayed: true });

    const started = await request<ImportBody>(
      as(),
      'POST',
      `/api/v1/dossier-imports/${accepted.body.id}/start`,
    );
    expect(started.status).toBe(202);
    expect(started.body.status).toBe('IMPORTING');

    let done: ImportBody | undefined;
    for (let attempt = 0; attempt < 240 && done === undefined; attempt += 1) {
      const view = await request<ImportBody>(
        as(),
        'GET',
        `/api/v1/dossier-imports/${accepted.body.id}`,
      );
      if (view.body.status === 'DONE' || view.body.status === 'FAILED') done = view.body;
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(done).toMatchObject({
      status: 'DONE',
      progress: { total: 40, submitted: 40, failed: 0, pending: 0 },
    });
    expect(done!.rows.map((row) => row.nomineeName).sort()).toEqual(
      TEACHERS.map((row) => row.nominee.name).sort(),
    );
    expect(done!.rows.every((row) => /^HS-2024-\d{6}$/.test(row.dossierCode ?? ''))).toBe(true);
    const workflow = system.temporal.workflow.getHandle(`dossier-import-${accepted.body.id}`);
    expect(await workflow.result()).toMatchObject({ total: 40, submitted: 40, failed: 0 });
    await recordHistory(workflow, 'dossierImportWorkflow', 'forty-rows-all-submitted');
    expect(await dossiersOfSchool()).toBe(before + 40);
    const stages = await system.db.query<{ stage: string; n: number }[]>(
      `SELECT d.stage, count(*)::int AS n FROM dossier_import_rows r JOIN dossiers d ON d.id = r.dossier_id
        WHERE r.import_id = $1 GROUP BY d.stage`,
      [accepted.body.id],
    );
    expect(stages.some((row) => row.stage === 'DRAFT')).toBe(false);
    const [audited] = await system.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1
          AND action IN ('dossier-import.uploaded', 'dossier-import.started', 'dossier-import.finished')`,
      [accepted.body.id],
    );
    expect(audited?.n).toBe(4);

    // Starting again, or uploading the same file again, creates nothing new.
    const restarted = await request<ImportBody>(
      as(),
      'POST',
      `/api/v1/dossier-imports/${accepted.body.id}/start`,
    );
    expect(restarted.status).toBe(202);
    expect(restarted.body.status).toBe('DONE');
    const reuploaded = await upload(good, 'lan-nua.xlsx');
    expect(reuploaded.body).toMatchObject({ id: accepted.body.id, replayed: true, status: 'DONE' });
    expect(await dossiersOfSchool()).toBe(before + 40);

    // The school's list exported reads back as the same 40 nominees.
    const exported = await download(
      `/api/v1/exports/dossiers.xlsx?unitId=${school}&year=2024&awardCode=LDTT`,
    );
    expect(exported.status).toBe(200);
    const read = validateList(
      await readListSheet(exported.content, XLSX_MIME),
      () => new Map([['LDTT', { name: { vi: '', en: '' }, nomineeKinds: ['individual'] }]]),
    );
    expect(read.errors).toEqual([]);
    const byName = (a: { nominee: { name: string } }, b: { nominee: { name: string } }) =>
      a.nominee.name.localeCompare(b.nominee.name);
    expect(
      read.items
        .map(({ nominee, awardCode, year, achievementsSummary }) => ({
          nominee,
          awardCode,
          year,
          achievementsSummary,
        }))
        .sort(byName),
    ).toEqual(
      TEACHERS.map(({ nominee, awardCode, year, achievementsSummary }) => ({
        nominee,
        awardCode,
        year,
        achievementsSummary,
      })).sort(byName),
    );
  }, 240_000);

  it('imports a list from the command line, naming bad rows and following the import to its end', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tdkt-import-cli-'));
    const rows = TEACHERS.slice(0, 3).map((row, index) => ({
      ...row,
      awardCode: 'LDTT',
      nominee: {
        ...row.nominee,
        name: ['Nông Thị Ngọc Ánh', 'Y Bhăm Ênuôl', 'Lò Văn Sướng'][index]!,
      },
    }));
    const good = join(folder, 'ba-nguoi.xlsx');
    writeFileSync(good, await list(rows));
    const bad = join(folder, 'co-loi.xlsx');
    writeFileSync(
      bad,
      (
        await withCells(await list(rows), [
          { name: 'Lò Văn Sướng', header: 'Năm sinh', value: '31/02/1980' },
        ])
      ).file,
    );
    const tdkt = async (...args: string[]) => {
      try {
        const { stdout, stderr } = await promisify(execFile)(
          process.execPath,
          ['-r', '@swc-node/register', join(WORKSPACE_ROOT, 'apps/cli/src/main.ts'), ...args],
          {
            cwd: WORKSPACE_ROOT,
            env: cliEnv(system.apiUrl, 'demo.officer.thlg', TEST_DEMO_PASSWORD),
          },
        );
        return { code: 0, stdout, stderr };
      } catch (error) {
        return error as { code: number; stdout: string; stderr: string };
      }
    };

    const refused = await tdkt('import', bad, '--unit', school, '--start');
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain('1 lỗi, chưa nhập hồ sơ nào');
    expect(refused.stdout).toMatch(
      /dòng\/row \d+, cột\/column C: "31\/02\/1980" không phải ngày có thật/,
    );

    const imported = await tdkt('import', good, '--unit', school, '--start');
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.stdout).toMatch(/: DONE, 3 rows, submitted 3, failed 0/);
    expect(imported.stderr).toContain('3/3 100%');
  }, 180_000);

  it('refuses a file that is not a workbook, and one whose content is not what it claims, storing nothing', async () => {
    const [before] = await system.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM dossier_imports`,
    );
    const csv = await upload(Buffer.from('STT,Họ và tên\n1,Nguyễn Văn A\n'), 'ds.csv', 'text/csv');
    expect(csv.status).toBe(415);
    expect(csv.body).toMatchObject({
      code: 'UNSUPPORTED_FILE_TYPE',
      errors: [{ field: 'file', rule: 'xlsx' }],
    });
    const disguised = await upload(Buffer.from('%PDF-1.4\n%%EOF\n'), 'ds.xlsx');
    expect(disguised.status).toBe(415);
    const [after] = await system.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM dossier_imports`,
    );
    expect(after?.n).toBe(before?.n);
  });
});
