import {
  AppError,
  NotificationTemplate,
  notificationRequest,
  type NotificationRequest,
} from '@tdkt/contracts';
import {
  CountUnreadNotificationsUseCase,
  DeliveryIncompleteError,
  GetNotificationPreferencesUseCase,
  ListMyNotificationsUseCase,
  MarkNotificationsReadUseCase,
  RecipientDirectory,
  SendNotificationUseCase,
  UpdateNotificationPreferencesUseCase,
  verifyWebhook,
  type WebhookPayload,
} from '@tdkt/server-feature-notifications';
import { startLoopbackSmtp, startLoopbackWebhook } from '../support/loopback-servers';
import { addPerson, unitId, type Person } from '../support/people';
import { TEST_ENV, testEnv } from '../support/test-env';
import { startWorkerContext, type WorkerContext } from '../support/worker-context';

const SECRET = 'webhook-secret-for-tests';

describe('notification service (real PostgreSQL, SMTP and HTTP on loopback)', () => {
  let context: WorkerContext;
  let smtp: Awaited<ReturnType<typeof startLoopbackSmtp>>;
  let hook: Awaited<ReturnType<typeof startLoopbackWebhook>>;
  let hookStatus: number[] = [];
  let officer: Person;
  let chairman: Person;
  let englishReader: Person;
  let otherUnit: Person;
  let send: SendNotificationUseCase;
  let pnv: string;

  beforeAll(async () => {
    smtp = await startLoopbackSmtp();
    hook = await startLoopbackWebhook(() => hookStatus.shift() ?? 200);
    context = await startWorkerContext({
      temporalAddress: testEnv(TEST_ENV.temporalAddress),
      taskQueue: 'notifications-test',
      notifications: {
        smtp: smtp.settings('TĐKT Cẩm Mỹ <tdkt@cammy.test>'),
        webhooks: { urls: [hook.url], secret: SECRET, timeoutMs: 2000 },
      },
    });
    const db = context.db;
    pnv = await unitId(db, 'DN-CM-PNV');
    officer = await addPerson(db, {
      username: 'officer.pnv',
      unitCode: 'DN-CM-PNV',
      role: 'UNIT_OFFICER',
    });
    chairman = await addPerson(db, {
      username: 'chairman',
      unitCode: 'DN-CM',
      role: 'UNIT_OFFICER',
    });
    englishReader = await addPerson(db, { username: 'reader.en', unitCode: 'DN-CM-PNV' });
    const revoked = await addPerson(db, {
      username: 'revoked',
      unitCode: 'DN-CM-PNV',
      role: 'UNIT_OFFICER',
    });
    await db.query(`UPDATE role_grants SET revoked_at = now() WHERE user_id = $1`, [revoked.id]);
    await addPerson(db, {
      username: 'disabled',
      unitCode: 'DN-CM-PNV',
      role: 'UNIT_OFFICER',
      disabled: true,
    });
    otherUnit = await addPerson(db, {
      username: 'other.unit',
      unitCode: 'DN-CM-PGD',
      role: 'UNIT_OFFICER',
    });
    await context.get(UpdateNotificationPreferencesUseCase).execute({
      userId: englishReader.id,
      locale: 'en',
      webhook: true,
      email: true,
    });
    send = context.get(SendNotificationUseCase);
  });
  afterAll(async () => {
    await context?.stop();
    await smtp?.stop();
    await hook?.stop();
  });

  const reminder = (key: string, recipients: NotificationRequest['recipients']) =>
    notificationRequest({
      idempotencyKey: key,
      template: NotificationTemplate.planItemReminder,
      recipients,
      params: {
        planId: 'p1',
        planNumber: '11/KH-UBND',
        year: 2024,
        itemKey: 'q2-june-11-anniversary',
        itemTitleVi: 'Kỷ niệm 76 năm Ngày Bác Hồ ra lời kêu gọi thi đua ái quốc',
        itemTitleEn: "76th anniversary of President Ho Chi Minh's call for patriotic emulation",
        ownerName: 'Phòng Nội vụ huyện Cẩm Mỹ',
        dueOn: '2024-06-11',
        workingDaysLeft: 3,
      },
      link: '/plans/p1/items/q2-june-11-anniversary',
    });

  const mailsTo = (person: Person) => smtp.mails.filter((m) => m.to.includes(person.email!));

  it('resolves a role on a unit to its nearest holders (there, else the closest unit above), leaving out revoked grants and disabled accounts', async () => {
    const people = await context
      .get(RecipientDirectory)
      .resolve([{ role: 'UNIT_OFFICER', unitId: pnv }, { userId: englishReader.id }]);
    expect(people.map((p) => p.userId).sort()).toEqual([officer.id, englishReader.id].sort());
    // No officer at the school: the officer of the education office above it is the one to tell.
    const school = await unitId(context.db, 'DN-CM-TH-LG');
    const fromAbove = await context
      .get(RecipientDirectory)
      .resolve([{ role: 'UNIT_OFFICER', unitId: school }]);
    expect(fromAbove.map((p) => p.userId)).toEqual([otherUnit.id]);
    const chairmanOnly = await context
      .get(RecipientDirectory)
      .resolve([{ role: 'UNIT_OFFICER', unitId: await unitId(context.db, 'DN-CM') }]);
    expect(chairmanOnly.map((p) => p.userId)).toEqual([chairman.id]);
    expect(people.find((p) => p.userId === englishReader.id)).toMatchObject({
      locale: 'en',
      channels: { inApp: true, email: true, webhook: true },
    });
  });

  it('delivers in-app, by e-mail to the loopback SMTP server in each person’s language, and to the signed webhook of those who chose it', async () => {
    const result = await send.execute(
      reminder('test:reminder:1', [
        { role: 'UNIT_OFFICER', unitId: pnv },
        { userId: englishReader.id },
      ]),
    );

    expect(result).toMatchObject({
      recipients: 2,
      inApp: 2,
      email: { sent: 2 },
      webhook: { sent: 1 },
    });
    const [mail] = mailsTo(officer);
    expect(mail!.subject).toBe(
      'Nhắc hạn: Kỷ niệm 76 năm Ngày Bác Hồ ra lời kêu gọi thi đua ái quốc',
    );
    expect(mail!.text).toContain('đến hạn ngày 11/06/2024, còn 3 ngày làm việc');
    expect(mail!.text).toContain('http://tdkt.test/plans/p1/items/q2-june-11-anniversary');
    expect(mail!.text).toContain('is due on 11 June 2024');
    expect(mail!.from).toBe('tdkt@cammy.test');
    expect(mail!.headers.get('x-tdkt-notification')).toBe('test:reminder:1');
    expect(mail!.headers.get('message-id')).toMatch(/^<[0-9a-f]{32}@cammy\.test>$/);
    expect(mailsTo(englishReader)[0]!.subject).toBe(
      "Due soon: 76th anniversary of President Ho Chi Minh's call for patriotic emulation",
    );

    expect(hook.calls).toHaveLength(1);
    const call = hook.calls[0]!;
    const signature = call.headers['x-tdkt-signature'] as string;
    expect(verifyWebhook(SECRET, call.body, signature, Math.floor(Date.now() / 1000))).toBe(true);
    expect(
      verifyWebhook('another-secret-value', call.body, signature, Math.floor(Date.now() / 1000)),
    ).toBe(false);
    const payload = JSON.parse(call.body) as WebhookPayload;
    expect(payload).toMatchObject({
      idempotencyKey: 'test:reminder:1',
      template: 'plan.item.reminder',
      recipient: { userId: englishReader.id, locale: 'en' },
      link: 'http://tdkt.test/plans/p1/items/q2-june-11-anniversary',
    });
    expect(call.headers['x-tdkt-delivery']).toBe(payload.id);

    const audit = await context.db.query<{ after: { recipients: string[] } }[]>(
      `SELECT after FROM audit_log WHERE action = 'notification.sent' AND entity_id = 'test:reminder:1'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after.recipients).toHaveLength(2);
  });

  it('sends nothing twice when the same notification is delivered again (a retried activity)', async () => {
    const before = { mails: smtp.mails.length, hooks: hook.calls.length };
    const again = await send.execute(
      reminder('test:reminder:1', [
        { role: 'UNIT_OFFICER', unitId: pnv },
        { userId: englishReader.id },
      ]),
    );

    expect(again).toMatchObject({
      inApp: 0,
      email: { sent: 0, alreadySent: 2 },
      webhook: { sent: 0, alreadySent: 1 },
    });
    expect(smtp.mails).toHaveLength(before.mails);
    expect(hook.calls).toHaveLength(before.hooks);
    const rows = await context.db.query<unknown[]>(
      `SELECT count(*)::int AS n FROM notifications WHERE idempotency_key = 'test:reminder:1'`,
    );
    expect(rows).toEqual([{ n: 2 }]);
  });

  it('finishes only what failed when a webhook is down: the retry sends the webhook, not the e-mail again', async () => {
    hookStatus = [503];
    const request = reminder('test:reminder:retry', [{ userId: englishReader.id }]);

    await expect(send.execute(request)).rejects.toBeInstanceOf(DeliveryIncompleteError);
    expect(
      mailsTo(englishReader).filter(
        (m) => m.headers.get('x-tdkt-notification') === 'test:reminder:retry',
      ),
    ).toHaveLength(1);

    const retried = await send.execute(request);
    expect(retried).toMatchObject({ email: { alreadySent: 1 }, webhook: { sent: 1 } });
    expect(
      mailsTo(englishReader).filter(
        (m) => m.headers.get('x-tdkt-notification') === 'test:reminder:retry',
      ),
    ).toHaveLength(1);
    const attempts = hook.calls.filter(
      (c) => (JSON.parse(c.body) as WebhookPayload).idempotencyKey === 'test:reminder:retry',
    );
    expect(attempts.map((c) => c.status)).toEqual([503, 200]);
    expect(new Set(attempts.map((c) => c.headers['x-tdkt-delivery'])).size).toBe(1);
  });

  it('records a webhook refused with 4xx as failed and does not retry it', async () => {
    hookStatus = [410];
    const result = await send.execute(
      reminder('test:reminder:gone', [{ userId: englishReader.id }]),
    );
    expect(result.webhook).toMatchObject({ failed: 1, sent: 0 });
    const again = await send.execute(
      reminder('test:reminder:gone', [{ userId: englishReader.id }]),
    );
    expect(again.webhook).toMatchObject({ alreadySent: 1 });
    const [delivery] = await context.db.query<
      { status: string; last_error: string; attempts: number }[]
    >(
      `SELECT status, last_error, attempts FROM notification_deliveries WHERE idempotency_key = 'test:reminder:gone' AND channel = 'webhook'`,
    );
    expect(delivery).toEqual({ status: 'FAILED', last_error: 'HTTP 410', attempts: 1 });
  });

  it('keeps in-app notifications when a person turns e-mail off', async () => {
    await context
      .get(UpdateNotificationPreferencesUseCase)
      .execute({ userId: chairman.id, email: false });
    const result = await send.execute(reminder('test:reminder:prefs', [{ userId: chairman.id }]));
    expect(result).toMatchObject({ inApp: 1, email: { sent: 0 } });
    expect(
      mailsTo(chairman).filter(
        (m) => m.headers.get('x-tdkt-notification') === 'test:reminder:prefs',
      ),
    ).toEqual([]);
  });

  it.each([
    ['an unknown template', { template: 'plan.party' }, 'template', 'known-template'],
    ['a missing parameter', { params: { planId: 'p1' } }, 'params.planNumber', 'required'],
    ['an empty idempotency key', { idempotencyKey: '' }, 'idempotencyKey', 'length'],
  ])('refuses %s naming the field', async (_label, change, field, rule) => {
    // As the activity receives it: JSON from the workflow's history, which the types cannot vouch for.
    const request = JSON.parse(
      JSON.stringify({ ...reminder('test:bad', [{ userId: officer.id }]), ...change }),
    ) as NotificationRequest;
    const error = await send.execute(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).errors).toContainEqual(expect.objectContaining({ field, rule }));
  });

  it('lists a person’s notifications newest first, counts unread, and marks them read', async () => {
    const list = context.get(ListMyNotificationsUseCase);
    const mine = await list.execute({ userId: officer.id });
    expect(mine.items.map((n) => n.title.vi)).toContain(
      'Nhắc hạn: Kỷ niệm 76 năm Ngày Bác Hồ ra lời kêu gọi thi đua ái quốc',
    );
    expect(mine.items[0]!.link).toBe('/plans/p1/items/q2-june-11-anniversary');
    const unread = context.get(CountUnreadNotificationsUseCase);
    const before = await unread.execute({ userId: officer.id });
    expect(before.unread).toBe(mine.items.length);

    const mark = context.get(MarkNotificationsReadUseCase);
    expect(await mark.execute({ userId: chairman.id, ids: [mine.items[0]!.id] })).toEqual({
      marked: 0,
    });
    expect(await mark.execute({ userId: officer.id, ids: [mine.items[0]!.id] })).toEqual({
      marked: 1,
    });
    expect(await unread.execute({ userId: officer.id })).toEqual({ unread: before.unread - 1 });
    await mark.execute({ userId: officer.id, all: true });
    expect(await unread.execute({ userId: officer.id })).toEqual({ unread: 0 });
    expect((await list.execute({ userId: officer.id, unreadOnly: true })).items).toEqual([]);
    await expect(mark.execute({ userId: officer.id, ids: ['nope'] })).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'ids[0]', rule: 'uuid' })],
    });
    await expect(list.execute({ userId: officer.id, limit: 500 })).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'limit' })],
    });
  });

  it('reads defaults, saves preferences with an audit row, and refuses bad values', async () => {
    const get = context.get(GetNotificationPreferencesUseCase);
    expect(await get.execute({ userId: officer.id })).toEqual({
      inApp: true,
      email: true,
      webhook: false,
      locale: 'vi',
    });
    const update = context.get(UpdateNotificationPreferencesUseCase);
    expect(await update.execute({ userId: officer.id, webhook: true })).toEqual({
      inApp: true,
      email: true,
      webhook: true,
      locale: 'vi',
    });
    const audit = await context.db.query<unknown[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'notification-preferences.updated' AND entity_id = $1`,
      [officer.id],
    );
    expect(audit).toEqual([{ n: 1 }]);
    await expect(
      update.execute({ userId: officer.id, locale: 'fr' as 'vi' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ field: 'locale' })],
    });
  });
});
