import { getRuleSet, requiredDocuments } from '@tdkt/domain';
import { eventually } from '../support/operations';
import { logIn, request, startTestSystem, type TestSystem, unitIdOf } from '../support/system';

interface Finding {
  code: string;
  field: string;
  message: { vi: string; en: string };
  source: string | null;
  confirmed: boolean;
}

interface DossierBody {
  id: string;
  code: string;
  stage: string;
  submissionChecks: { ruleSetId: string; findings: Finding[] } | null;
}

interface ErrorBody {
  code: string;
  message: { vi: string; en: string };
  errors?: { field: string; rule: string; message: { vi: string; en: string } }[];
}

/** The documents a CSTĐCS dossier needs under the demo's rule set, in the checklist's order. */
const CSTDCS_DOCUMENTS = requiredDocuments('CSTDCS', getRuleSet('VN-2024')).map(
  (document) => document.code,
);

/** A one-page PDF: enough for the content check. */
const PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/**
 * What a submission checks, as the school officer and the reviewer meet it through the API: the
 * documents the award requires (missing ones are findings the reviewer sees), a document code the
 * award does not have (400), the same person proposed twice for the same award and year (409 naming
 * the other dossier, nothing written), a condition of the law unmet (422), and what the engine could
 * not confirm from its records (findings, never refusals).
 */
describe('submission checks', () => {
  let system: TestSystem;
  let school: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    system = await startTestSystem();
    school = await unitIdOf(system, 'DN-CM-TH-LG');
    for (const username of ['demo.officer.thlg', 'demo.reviewer.cm'])
      tokens[username] = (await logIn(system, username)).accessToken;
  });
  afterAll(() => system?.stop());

  const officer = () => ({ apiUrl: system.apiUrl, token: tokens['demo.officer.thlg'] });
  const reviewer = () => ({ apiUrl: system.apiUrl, token: tokens['demo.reviewer.cm'] });

  const body = (name: string, extra: Record<string, unknown> = {}) => ({
    year: 2024,
    awardCode: 'CSTDCS',
    proposingUnitId: school,
    nominee: { kind: 'individual', name },
    achievementsSummary: 'Giáo viên dạy giỏi cấp huyện năm học 2023-2024',
    ...extra,
  });

  const create = <T = DossierBody>(payload: unknown) =>
    request<T>(officer(), 'POST', '/api/v1/dossiers', { body: payload });

  const upload = (dossierId: string, documentCode: string) => {
    const form = new FormData();
    form.append('file', new Blob([PDF]), `${documentCode}.pdf`);
    form.append('documentCode', documentCode);
    return fetch(`${system.apiUrl}/api/v1/dossiers/${dossierId}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens['demo.officer.thlg']}` },
      body: form,
    });
  };

  const dossierCount = async () =>
    (await system.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM dossiers`))[0]!.n;

  it('submits a dossier without its documents, and shows the reviewer each missing one by name and what to verify', async () => {
    const created = await create(body('Đặng Thị Mai'));
    expect(created.status).toBe(201);
    const checks = created.body.submissionChecks!;
    expect(checks.ruleSetId).toBe('VN-2024');
    const missing = checks.findings.filter((finding) => finding.code === 'DOCUMENT_MISSING');
    expect(missing.map((finding) => finding.field)).toEqual(
      CSTDCS_DOCUMENTS.map((code) => `documents.${code}`),
    );
    expect(missing.length).toBeGreaterThanOrEqual(4);
    expect(missing[0]!.message.vi).toBe('Chưa đính kèm tờ trình đề nghị khen thưởng.');
    expect(missing[0]!.source).toBe('Điều 84 khoản 1 điểm a Luật 06/2022/QH15');
    // Eligibility the engine cannot settle from its records is for the reviewer to verify.
    const toVerify = checks.findings.filter((finding) => finding.code !== 'DOCUMENT_MISSING');
    expect(toVerify.map((finding) => finding.code)).toContain('REGISTRATION_REQUIRED');
    for (const finding of toVerify) expect(finding.message.vi).toContain('Cần thẩm định');
    const registration = toVerify.find((finding) => finding.code === 'REGISTRATION_REQUIRED')!;
    expect(registration.confirmed).toBe(false);

    const seen = await request<DossierBody>(
      reviewer(),
      'GET',
      `/api/v1/dossiers/${created.body.id}`,
    );
    expect(seen.body.submissionChecks).toEqual(checks);
    const [audit] = await system.db.query<{ after: { findings: string[] } }[]>(
      `SELECT after FROM audit_log WHERE action = 'dossier.submission-checked' AND entity_id = $1`,
      [created.body.id],
    );
    expect(audit?.after.findings).toContain('DOCUMENT_MISSING:documents.TO_TRINH');
  });

  it('keeps the documents attached out of the findings', async () => {
    const draft = await create(body('Võ Văn Tâm', { submit: false }));
    for (const code of ['TO_TRINH', 'BAO_CAO_THANH_TICH'])
      expect((await upload(draft.body.id, code)).status).toBe(201);
    const submitted = await request<DossierBody>(
      officer(),
      'POST',
      `/api/v1/dossiers/${draft.body.id}/submit`,
    );
    expect(submitted.status).toBe(200);
    expect(
      submitted.body
        .submissionChecks!.findings.filter((finding) => finding.code === 'DOCUMENT_MISSING')
        .map((finding) => finding.field),
    ).toEqual(
      CSTDCS_DOCUMENTS.filter((code) => !['TO_TRINH', 'BAO_CAO_THANH_TICH'].includes(code)).map(
        (code) => `documents.${code}`,
      ),
    );
  });

  it('refuses a document code the award does not have, when the file is attached and at submission', async () => {
    const draft = await create(body('Lý Thị Hồng', { submit: false }));
    const unknown = await upload(draft.body.id, 'TO_TRINH_X');
    expect(unknown.status).toBe(400);
    const refused = (await unknown.json()) as ErrorBody;
    expect(refused.code).toBe('VALIDATION_FAILED');
    expect(refused.errors?.map((error) => error.field)).toEqual(['documentCode']);
    expect(refused.errors?.[0]?.message.vi).toContain('TO_TRINH (Tờ trình đề nghị khen thưởng)');

    // A code right for the draft's first award, wrong for the one it was changed to.
    expect((await upload(draft.body.id, 'CHUNG_NHAN_SANG_KIEN')).status).toBe(201);
    const changed = await request(officer(), 'PATCH', `/api/v1/dossiers/${draft.body.id}`, {
      body: { awardCode: 'LDTT' },
    });
    expect(changed.status).toBe(200);
    const submitted = await request<ErrorBody>(
      officer(),
      'POST',
      `/api/v1/dossiers/${draft.body.id}/submit`,
    );
    expect(submitted.status).toBe(400);
    expect(submitted.body.errors?.map((error) => [error.field, error.rule])).toEqual([
      ['attachments[0].documentCode', 'known-document-code'],
    ]);
    expect(
      (await request<DossierBody>(officer(), 'GET', `/api/v1/dossiers/${draft.body.id}`)).body
        .stage,
    ).toBe('DRAFT');
  });

  it('refuses a second dossier for the same person, award and year with 409 naming the first, and writes nothing', async () => {
    const first = await create(body('Nguyễn Thị Lan'));
    expect(first.status).toBe(201);
    const before = await dossierCount();

    // The same person, written without diacritics and in capitals: still the same nomination.
    const again = await create<ErrorBody>(body('NGUYEN THI LAN'));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DOSSIER_DUPLICATE');
    expect(again.body.message.vi).toContain(first.body.code);
    expect(again.body.errors?.[0]?.field).toBe('nominee');
    expect(await dossierCount()).toBe(before);

    // A draft for her can be kept, but not submitted.
    const draft = await create(body('Nguyễn Thị Lan', { submit: false }));
    const submitted = await request<ErrorBody>(
      officer(),
      'POST',
      `/api/v1/dossiers/${draft.body.id}/submit`,
    );
    expect(submitted.status).toBe(409);
    expect(submitted.body.message.vi).toContain(first.body.code);

    // Two teachers of one name are told apart by their year of birth.
    const namesake = await create(
      body('Nguyễn Thị Lan', {
        nominee: { kind: 'individual', name: 'Nguyễn Thị Lan', birthYear: 1990 },
      }),
    );
    expect(namesake.status).toBe(201);
    // Another award, or another year, is another nomination.
    expect((await create(body('Nguyễn Thị Lan', { awardCode: 'LDTT' }))).status).toBe(201);

    // Once the first dossier is withdrawn, she can be proposed again.
    const withdrawn = await request(
      officer(),
      'POST',
      `/api/v1/dossiers/${first.body.id}/withdraw`,
      {
        body: { reason: 'Nộp nhầm, nộp lại hồ sơ đầy đủ' },
      },
    );
    expect(withdrawn.status).toBe(200);
    await eventually('the first dossier withdrawn', async () => {
      const read = await request<DossierBody>(
        officer(),
        'GET',
        `/api/v1/dossiers/${first.body.id}`,
      );
      return read.body.stage === 'WITHDRAWN' ? true : undefined;
    });
    const resubmitted = await request<DossierBody>(
      officer(),
      'POST',
      `/api/v1/dossiers/${draft.body.id}/submit`,
    );
    expect(resubmitted.status).toBe(200);
  });

  it('refuses with 422 what the law makes a precondition, naming the rule and its source', async () => {
    const draft = await create(body('Tổ Toán', { submit: false }));
    // CSTĐCS is a title for individuals (Law 06/2022 Art. 19); the draft was changed to a collective.
    const changed = await request(officer(), 'PATCH', `/api/v1/dossiers/${draft.body.id}`, {
      body: { nominee: { kind: 'collective', name: 'Tổ Toán' } },
    });
    expect(changed.status).toBe(200);
    const submitted = await request<ErrorBody>(
      officer(),
      'POST',
      `/api/v1/dossiers/${draft.body.id}/submit`,
    );
    expect(submitted.status).toBe(422);
    expect(submitted.body.code).toBe('SUBMISSION_NOT_ELIGIBLE');
    expect(submitted.body.errors?.map((error) => [error.field, error.rule])).toEqual([
      ['nominee.kind', 'NOMINEE_KIND_MISMATCH'],
    ]);
    expect(submitted.body.errors?.[0]?.message.vi).toContain('Luật 06/2022/QH15');
  });
});
