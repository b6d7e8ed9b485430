import { createHash } from 'node:crypto';
import { MAX_ATTACHMENT_BYTES } from '@tdkt/server-feature-dossier';
import { logIn, request, startTestSystem, type TestSystem, unitIdOf } from '../support/system';

/** The attachment size limit, and a batch in which some items fail while the others go through. */

interface ErrorBody {
  code: string;
  errors?: { field: string; rule: string; message: { vi: string; en: string } }[];
}

interface BatchBody {
  submitted: number;
  failed: number;
  results: {
    index: number;
    status: string;
    id?: string;
    code?: string;
    error?: { code: string; message: { vi: string; en: string }; errors?: ErrorBody['errors'] };
  }[];
}

/** A PDF of exactly `size` bytes: a real header, padded with a comment. */
function pdfOfSize(size: number): Buffer {
  const head = Buffer.from('%PDF-1.4\n%');
  const tail = Buffer.from('\n%%EOF\n');
  return Buffer.concat([head, Buffer.alloc(size - head.length - tail.length, 0x41), tail]);
}

describe('attachment size and partially failing batches', () => {
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

  const upload = (dossierId: string, content: Buffer, fileName: string) => {
    const form = new FormData();
    form.append('file', new Blob([content]), fileName);
    form.append('documentCode', 'TO_TRINH');
    return fetch(`${system.apiUrl}/api/v1/dossiers/${dossierId}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
  };

  const attachmentsOf = (dossierId: string) =>
    system.db.query<{ size_bytes: number; sha256: string }[]>(
      `SELECT size_bytes, sha256 FROM attachments WHERE dossier_id = $1 ORDER BY uploaded_at`,
      [dossierId],
    );

  it('takes a file of exactly 20 MB and refuses one byte more with 413, storing nothing', async () => {
    expect(MAX_ATTACHMENT_BYTES).toBe(20 * 1024 * 1024);
    const draft = await request<{ id: string }>(as(), 'POST', '/api/v1/dossiers', {
      body: {
        year: 2024,
        awardCode: 'LDTT',
        proposingUnitId: school,
        nominee: { kind: 'individual', name: 'Ngô Thị Hạnh' },
        achievementsSummary: 'Hoàn thành tốt nhiệm vụ năm học 2023-2024',
        submit: false,
      },
    });
    expect(draft.status).toBe(201);

    const tooLarge = await upload(draft.body.id, pdfOfSize(MAX_ATTACHMENT_BYTES + 1), 'lon.pdf');
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as ErrorBody).code).toBe('PAYLOAD_TOO_LARGE');
    expect(await attachmentsOf(draft.body.id)).toEqual([]);

    const largest = pdfOfSize(MAX_ATTACHMENT_BYTES);
    const taken = await upload(draft.body.id, largest, 'vua-du.pdf');
    expect(taken.status).toBe(201);
    const sha256 = createHash('sha256').update(largest).digest('hex');
    expect(await taken.json()).toMatchObject({
      sizeBytes: MAX_ATTACHMENT_BYTES,
      sha256,
      contentType: 'application/pdf',
    });
    expect(await attachmentsOf(draft.body.id)).toEqual([
      { size_bytes: MAX_ATTACHMENT_BYTES, sha256 },
    ]);
    const [added] = await system.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'dossier.attachment-added'`,
      [draft.body.id],
    );
    expect(added?.n).toBe(1);
  });

  it('creates the good items of a batch and reports each bad one with its index, field and rule', async () => {
    const item = (name: string, awardCode: string, kind = 'individual') => ({
      year: 2024,
      awardCode,
      nominee: { kind, name },
      achievementsSummary: 'Hoàn thành tốt nhiệm vụ năm học 2023-2024',
    });
    const body = {
      proposingUnitId: school,
      items: [
        item('Giáo viên Lô 1', 'LDTT'),
        item('Giáo viên Lô 2', 'KHONG_CO_DANH_HIEU'),
        item('Giáo viên Lô 3', 'CSTDCS'),
        item('Tổ Lô 4', 'LDTT', 'collective'),
      ],
    };
    const headers = { 'Idempotency-Key': 'batch-partly-failing-0001' };
    const batch = await request<BatchBody>(as(), 'POST', '/api/v1/dossiers/batch', {
      body,
      headers,
    });

    expect(batch.status).toBe(200);
    expect([batch.body.submitted, batch.body.failed]).toEqual([2, 2]);
    expect(batch.body.results.map((result) => [result.index, result.status])).toEqual([
      [0, 'submitted'],
      [1, 'failed'],
      [2, 'submitted'],
      [3, 'failed'],
    ]);
    const failures = batch.body.results
      .filter((result) => result.status === 'failed')
      .map((result) => ({
        index: result.index,
        id: result.id,
        code: result.error?.code,
        errors: result.error?.errors?.map((error) => [error.field, error.rule]),
      }));
    expect(failures).toEqual([
      {
        index: 1,
        id: undefined,
        code: 'VALIDATION_FAILED',
        errors: [['awardCode', 'known-award-code']],
      },
      {
        index: 3,
        id: undefined,
        code: 'VALIDATION_FAILED',
        errors: [['nominee.kind', 'award-nominee-kind']],
      },
    ]);
    expect(batch.body.results[1]!.error?.errors?.[0]?.message.vi).toContain('KHONG_CO_DANH_HIEU');
    // The nominee kinds are named as people read them, not as codes.
    expect(batch.body.results[3]!.error?.errors?.[0]?.message.vi).toMatch(
      /chỉ xét cho: (cá nhân|tập thể)/,
    );

    const batchRows = () =>
      system.db.query<{ nominee_name: string; stage: string }[]>(
        `SELECT nominee_name, stage FROM dossiers WHERE nominee_name LIKE '% Lô %' ORDER BY nominee_name`,
      );
    expect((await batchRows()).map((row) => row.nominee_name)).toEqual([
      'Giáo viên Lô 1',
      'Giáo viên Lô 3',
    ]);
    // Each good item runs its own workflow up to the district review.
    const deadline = Date.now() + 30_000;
    while ((await batchRows()).some((row) => row.stage !== 'UNIT_REVIEW')) {
      if (Date.now() > deadline) throw new Error(JSON.stringify(await batchRows()));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const [audited] = await system.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log a JOIN dossiers d ON d.id::text = a.entity_id
        WHERE d.nominee_name LIKE '% Lô %' AND a.action IN ('dossier.created', 'dossier.submitted')`,
    );
    expect(audited?.n).toBe(4);

    // Sent again with the same key: the same dossiers, the same failures, nothing new.
    const replayed = await request<BatchBody>(as(), 'POST', '/api/v1/dossiers/batch', {
      body,
      headers,
    });
    expect(replayed.body).toEqual(batch.body);
    const [count] = await system.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM dossiers WHERE nominee_name LIKE '% Lô %'`,
    );
    expect(count?.n).toBe(2);
  });

  it('refuses a whole batch whose item is malformed, naming the item and field, and creates nothing', async () => {
    const before = await system.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM dossiers`,
    );
    const response = await request<ErrorBody>(as(), 'POST', '/api/v1/dossiers/batch', {
      body: {
        proposingUnitId: school,
        items: [
          {
            year: 2024,
            awardCode: 'LDTT',
            nominee: { kind: 'individual', name: 'Giáo viên Hợp Lệ' },
            achievementsSummary: 'Hoàn thành tốt nhiệm vụ',
          },
          {
            year: 2024,
            awardCode: 'LDTT',
            nominee: { kind: 'individual' },
            achievementsSummary: 'Hoàn thành tốt nhiệm vụ',
          },
        ],
      },
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors?.map((error) => error.field)).toContain('items[1].nominee.name');
    expect(await system.db.query(`SELECT count(*)::int AS n FROM dossiers`)).toEqual(before);
  });
});
