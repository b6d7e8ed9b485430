import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  type LoopbackAnswer,
  type ReceivedWebhook,
  startLoopbackWebhook,
} from '../support/loopback-servers';
import {
  logIn,
  request,
  startTestSystem,
  TEST_INTEGRATION_SECRET,
  type TestSystem,
  unitIdOf,
} from '../support/system';

/**
 * A province that runs its own software: the dossier leaves the district for that system, signed, and
 * comes back closed with the outcome that system reports through the signed callback. The province's
 * system is a real HTTP server on loopback; the signatures are checked here with the shared secret,
 * by the documented scheme (sha256=HMAC-SHA256(secret, "<timestamp>.<raw body>")), not by our code.
 */

interface DossierBody {
  id: string;
  code: string;
  stage: string;
  closedAt: string | null;
  outcomeReason: string | null;
  decisionNumber: string | null;
  decidedOn: string | null;
  workflow: { status: string };
  timeline: { seq: number; type: string; data: Record<string, unknown> }[];
  openTasks: unknown[];
}

interface ErrorBody {
  code: string;
  message: { vi: string; en: string };
  errors?: { field: string; rule: string }[];
}

const SIGNATURE = 'x-tdkt-signature';
const TIMESTAMP = 'x-tdkt-timestamp';

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The signature header value the scheme prescribes, computed independently of the application. */
function hmac(secret: string, timestamp: string, code: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${code}.${body}`).digest('hex')}`;
}

function signatureIsValid(call: ReceivedWebhook, code: string): boolean {
  const timestamp = String(call.headers[TIMESTAMP]);
  const expected = Buffer.from(hmac(TEST_INTEGRATION_SECRET, timestamp, code, call.body));
  const given = Buffer.from(String(call.headers[SIGNATURE]));
  return expected.length === given.length && timingSafeEqual(expected, given);
}

describe('escalation to a province running another system (signed both ways)', () => {
  let system: TestSystem;
  let province: Awaited<ReturnType<typeof startLoopbackWebhook>>;
  /** How the province's system answers its n-th call; each test sets it. */
  let answer: (call: number) => LoopbackAnswer = () => 200;
  let school: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    province = await startLoopbackWebhook((call) => answer(call));
    system = await startTestSystem();
    // The province runs its own software: dossiers for it go to its endpoint (pinned at submission).
    await system.db.query(`UPDATE units SET external_endpoint_url = $1 WHERE code = 'DN'`, [
      province.url,
    ]);
    school = await unitIdOf(system, 'DN-CM-TH-LG');
    for (const username of ['demo.officer.thlg', 'demo.reviewer.cm', 'demo.reviewer.dn'])
      tokens[username] = (await logIn(system, username)).accessToken;
  });
  afterAll(async () => {
    await system?.stop();
    await province?.stop();
  });

  const as = (username: string) => ({ apiUrl: system.apiUrl, token: tokens[username] });

  const read = async (id: string) =>
    (await request<DossierBody>(as('demo.officer.thlg'), 'GET', `/api/v1/dossiers/${id}`)).body;

  /** Submits a provincial Bằng khen for a teacher; its review task opens at the district. */
  const submitBangKhen = async (name: string) => {
    const created = await request<DossierBody>(
      as('demo.officer.thlg'),
      'POST',
      '/api/v1/dossiers',
      {
        body: {
          year: 2024,
          awardCode: 'BANG_KHEN_TINH',
          proposingUnitId: school,
          nominee: { kind: 'individual', name },
          achievementsSummary:
            'Hai năm liền hoàn thành xuất sắc nhiệm vụ, giáo viên dạy giỏi cấp tỉnh.',
        },
      },
    );
    expect(created.status).toBe(201);
    return created.body;
  };

  const reviewTask = async (username: string, dossierId: string) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const inbox = await request<{
        items: { id: string; type: string; subject: { id: string } }[];
      }>(as(username), 'GET', '/api/v1/tasks?type=dossier.review');
      const task = inbox.body.items.find((candidate) => candidate.subject.id === dossierId);
      if (task) return task;
      if (Date.now() > deadline) throw new Error(`no review task for ${username} on ${dossierId}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  /** The district reviewer accepts; the next level is the province's own system. */
  const acceptAtDistrict = async (dossierId: string) => {
    const task = await reviewTask('demo.reviewer.cm', dossierId);
    const accepted = await request(
      as('demo.reviewer.cm'),
      'POST',
      `/api/v1/tasks/${task.id}/complete`,
      {
        body: { outcome: { decision: 'accept' } },
      },
    );
    expect(accepted.status).toBe(200);
  };

  const untilStage = async (dossierId: string, stage: string) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const dossier = await read(dossierId);
      if (dossier.stage === stage) return dossier;
      if (Date.now() > deadline)
        throw new Error(`dossier ${dossierId} is ${dossier.stage}, not ${stage}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  const callsFor = (code: string) =>
    province.calls.filter(
      (call) => (JSON.parse(call.body) as { dossier: { code: string } }).dossier.code === code,
    );

  /** Posts an outcome callback exactly as given: raw body, headers. */
  const callback = async (code: string, body: string, headers: Record<string, string>) => {
    const response = await fetch(
      `${system.apiUrl}/api/v1/integrations/dossiers/${encodeURIComponent(code)}/outcome`,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body },
    );
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as unknown };
  };

  const signed = (
    code: string,
    body: string,
    timestamp = String(nowSeconds()),
    secret = TEST_INTEGRATION_SECRET,
  ) => ({
    [TIMESTAMP]: timestamp,
    [SIGNATURE]: hmac(secret, timestamp, code, body),
  });

  /** What a refused callback must leave untouched. */
  const snapshot = async (dossier: { id: string; code: string }) => {
    const [audit] = await system.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1`,
      [dossier.id],
    );
    const shown = await read(dossier.id);
    return {
      stage: shown.stage,
      timeline: shown.timeline.map((event) => event.type),
      auditRows: audit?.n,
      workflow: (await system.temporal.workflow.getHandle(dossier.code).describe()).status.name,
    };
  };

  it('sends the dossier to the province signed, retries while it is down, and closes it with the outcome the province reports', async () => {
    answer = (call) =>
      call === 1 ? 503 : { status: 200, body: { reference: 'DN-TDKT-2024-0042' } };
    const dossier = await submitBangKhen('Lê Thị Thu');
    await acceptAtDistrict(dossier.id);

    const forwarded = await untilStage(dossier.id, 'FORWARDED');
    const calls = callsFor(dossier.code);
    // Down once (503), then taken: the worker retried the same delivery.
    expect(calls.map((call) => call.status)).toEqual([503, 200]);
    for (const call of calls) {
      expect(call.method).toBe('POST');
      expect(call.url).toBe('/hooks/tdkt');
      expect(call.headers['content-type']).toContain('application/json');
      expect(call.headers['idempotency-key']).toBe(`${dossier.code}:province`);
      expect(Math.abs(nowSeconds() - Number(call.headers[TIMESTAMP]))).toBeLessThan(120);
      expect(signatureIsValid(call, dossier.code)).toBe(true);
      // …and its dossier: the same request is not valid for another code.
      expect(signatureIsValid(call, 'HS-2024-999999')).toBe(false);
      // The signature covers the body: one changed byte and it no longer matches.
      expect(
        signatureIsValid(
          { ...call, body: call.body.replace('Lê Thị Thu', 'Le Thi Thu') },
          dossier.code,
        ),
      ).toBe(false);
    }
    const sent = JSON.parse(calls[1]!.body) as {
      dossier: { code: string; awardCode: string; nominee: { name: string } };
      level: string;
      callbackUrl: string;
    };
    expect(sent).toMatchObject({
      dossier: { code: dossier.code, awardCode: 'BANG_KHEN_TINH', nominee: { name: 'Lê Thị Thu' } },
      level: 'province',
      callbackUrl: `${system.apiUrl}/api/v1/integrations/dossiers/${dossier.code}/outcome`,
    });
    expect(
      forwarded.timeline.find((event) => event.type === 'dossier.forwarded')?.data,
    ).toMatchObject({ reference: 'DN-TDKT-2024-0042', endpoint: province.url });
    // The province's reviewers here get nothing: the province works in its own system.
    const provincial = await request<{ items: { subject: { id: string } }[] }>(
      as('demo.reviewer.dn'),
      'GET',
      '/api/v1/tasks',
    );
    expect(provincial.body.items.some((task) => task.subject.id === dossier.id)).toBe(false);

    const outcome = JSON.stringify({
      approved: true,
      reference: 'DN-TDKT-2024-0042',
      decisionNumber: '88/QĐ-UBND',
      decidedOn: '2025-01-10',
    });
    const headers = {
      ...signed(dossier.code, outcome),
      'x-request-id': 'req-external-outcome-0001',
    };
    // Delivered three times at once (the province's system retrying while our first answer is on its way).
    const taken = await Promise.all([1, 2, 3].map(() => callback(dossier.code, outcome, headers)));
    expect(taken).toEqual(Array(3).fill({ status: 202, body: { accepted: true } }));

    const closed = await untilStage(dossier.id, 'APPROVED');
    expect(closed).toMatchObject({
      decisionNumber: '88/QĐ-UBND',
      decidedOn: '2025-01-10',
      outcomeReason: null,
    });
    expect(closed.closedAt).not.toBeNull();
    expect(closed.timeline.map((event) => event.type)).toEqual([
      'dossier.submitted',
      'review.started',
      'review.accepted',
      'dossier.escalated',
      'dossier.forwarded',
      'dossier.external-outcome',
      'dossier.closed',
    ]);
    const received = await system.db.query<unknown[]>(
      `SELECT actor_kind, unit_id, request_id, workflow_id, after FROM audit_log
        WHERE entity_id = $1 AND action = 'dossier.external-outcome-received'`,
      [dossier.id],
    );
    expect(received).toEqual([
      {
        actor_kind: 'system',
        unit_id: school,
        request_id: 'req-external-outcome-0001',
        workflow_id: dossier.code,
        after: {
          approved: true,
          reference: 'DN-TDKT-2024-0042',
          reason: null,
          decisionNumber: '88/QĐ-UBND',
          decidedOn: '2025-01-10',
        },
      },
    ]);
    await system.temporal.workflow.getHandle(dossier.code).result();
    const before = await snapshot(dossier);
    expect(before.workflow).toBe('COMPLETED');

    // Later, the very same request again, twice, after the dossier closed.
    for (const _ of [1, 2]) {
      const replayed = await callback(dossier.code, outcome, headers);
      expect(replayed).toEqual({ status: 202, body: { accepted: true } });
    }
    // A different outcome for a dossier that already has one is refused.
    const contrary = JSON.stringify({
      approved: false,
      reference: 'DN-TDKT-2024-0042-B',
      reason: 'Nhầm hồ sơ',
    });
    const refused = await callback(dossier.code, contrary, signed(dossier.code, contrary));
    expect(refused.status).toBe(409);
    expect((refused.body as ErrorBody).code).toBe('STAGE_NOT_ALLOWED');

    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await snapshot(dossier)).toEqual(before);
    expect(callsFor(dossier.code)).toHaveLength(2);
  });

  it('refuses a callback with a bad signature, a stale or future timestamp, or no signature, one for an unknown code, and one before the dossier is forwarded — changing nothing', async () => {
    // The province takes the dossier but answers without a body: the delivery counts, its reference is ours.
    answer = () => 202;
    const dossier = await submitBangKhen('Phan Văn Khánh');
    const refusal = JSON.stringify({
      approved: false,
      reference: 'DN-TDKT-2024-0077',
      reason: 'Chưa đủ thời gian công tác theo quy định',
    });

    await reviewTask('demo.reviewer.cm', dossier.id);
    const early = await callback(dossier.code, refusal, signed(dossier.code, refusal));
    expect(early.status).toBe(409);
    expect((early.body as ErrorBody).code).toBe('STAGE_NOT_ALLOWED');

    await acceptAtDistrict(dossier.id);
    const forwarded = await untilStage(dossier.id, 'FORWARDED');
    expect(
      forwarded.timeline.find((event) => event.type === 'dossier.forwarded')?.data,
    ).toMatchObject({ reference: `${dossier.code}:province` });
    const [delivery] = callsFor(dossier.code);
    expect(signatureIsValid(delivery!, dossier.code)).toBe(true);
    const before = await snapshot(dossier);
    expect(before).toMatchObject({ stage: 'FORWARDED', workflow: 'RUNNING' });

    const now = nowSeconds();
    const refused: [string, string, Record<string, string>, number, string][] = [
      [
        'a wrong secret',
        dossier.code,
        signed(dossier.code, refusal, String(now), 'another-secret-0123456789abcdefghij'),
        401,
        'INVALID_SIGNATURE',
      ],
      [
        'a body changed after signing',
        dossier.code,
        signed(dossier.code, refusal.replace('"approved":false', '"approved":true')),
        401,
        'INVALID_SIGNATURE',
      ],
      [
        'a stale timestamp (6 minutes old)',
        dossier.code,
        signed(dossier.code, refusal, String(now - 360)),
        401,
        'INVALID_SIGNATURE',
      ],
      [
        'a timestamp 6 minutes ahead',
        dossier.code,
        signed(dossier.code, refusal, String(now + 360)),
        401,
        'INVALID_SIGNATURE',
      ],
      ['no signature', dossier.code, { [TIMESTAMP]: String(now) }, 401, 'INVALID_SIGNATURE'],
      [
        'no timestamp',
        dossier.code,
        { [SIGNATURE]: signed(dossier.code, refusal)[SIGNATURE] },
        401,
        'INVALID_SIGNATURE',
      ],
      [
        'a signature made for another dossier',
        dossier.code,
        signed('HS-2024-999998', refusal),
        401,
        'INVALID_SIGNATURE',
      ],
      [
        'an unknown dossier code',
        'HS-2024-999999',
        signed('HS-2024-999999', refusal),
        404,
        'DOSSIER_NOT_FOUND',
      ],
    ];
    const answers = [];
    for (const [label, code, headers] of refused) {
      const response = await callback(code, refusal, headers);
      answers.push([label, response.status, (response.body as ErrorBody).code]);
    }
    expect(answers).toEqual(refused.map(([label, , , status, code]) => [label, status, code]));

    // The signature is checked before the body: an unsigned caller learns nothing of its rules,
    // while a signed but malformed body is refused naming its fields.
    const malformed = JSON.stringify({ approved: 'perhaps', reference: 42, stage: 'APPROVED' });
    const unsigned = await callback(dossier.code, malformed, { [TIMESTAMP]: String(now) });
    expect([unsigned.status, (unsigned.body as ErrorBody).code]).toEqual([
      401,
      'INVALID_SIGNATURE',
    ]);
    const signedButMalformed = await callback(
      dossier.code,
      malformed,
      signed(dossier.code, malformed),
    );
    expect(signedButMalformed.status).toBe(400);
    expect(signedButMalformed.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(
      new Set((signedButMalformed.body as ErrorBody).errors?.map((error) => error.field)),
    ).toEqual(new Set(['approved', 'reference', 'stage']));
    expect(await snapshot(dossier)).toEqual(before);

    // The genuine callback still closes the dossier: the refusals left it waiting as it was.
    const taken = await callback(dossier.code, refusal, signed(dossier.code, refusal));
    expect(taken.status).toBe(202);
    const closed = await untilStage(dossier.id, 'NOT_APPROVED');
    expect(closed.outcomeReason).toContain('Chưa đủ thời gian công tác theo quy định');
    expect(closed.decisionNumber).toBeNull();
  });
});
