import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureWebAppBuilt } from '@tdkt/infra';
import {
  request,
  signInAll,
  startTestSystem,
  TEST_DEMO_PASSWORD,
  type TestSystem,
  unitIdOf,
} from '../support/system';
import {
  launchChromium,
  newPersonContext,
  PageProblems,
  photograph,
  seriousAccessibilityViolations,
} from '../e2e/support/browser';

jest.setTimeout(10 * 60_000);

/**
 * Complaints and revocation in the browser (Vietnamese): the school's officer files a complaint from
 * the page of a dossier the district awarded; the district's reviewer accepts it from the complaint's
 * page; its leader revokes the award on the decision's page; the dossier then shows it revoked. Each
 * screen is photographed at 1366×768 and 390×844, checked with axe-core and for overflow.
 */
describe('complaints and revocation in the browser', () => {
  let system: TestSystem;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems = new PageProblems();
  const accessibility: string[] = [];
  const overflow: string[] = [];
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  let dossierCode: string;
  let decisionId: string;

  beforeAll(async () => {
    // The API serves the web app's build; one build is shared by every test file that needs it.
    await ensureWebAppBuilt();
    system = await startTestSystem({ apiEnv: { DISCLOSURE_HELD_OUTSIDE: 'true' } });
    await signInAll(system, ['demo.officer.thlg', 'demo.reviewer.cm', 'demo.leader.cm'], {
      tokens,
      ids,
    });
    browser = await launchChromium();
    const school = await unitIdOf(system, 'DN-CM-TH-LG');
    const district = await unitIdOf(system, 'DN-CM');
    // A dossier of the school, awarded a Giấy khen by the district (set up through the API).
    const officerToken = tokens['demo.officer.thlg'];
    const created = await request<{ id: string; code: string }>(
      { apiUrl: system.apiUrl, token: officerToken },
      'POST',
      '/api/v1/dossiers',
      {
        body: {
          year: 2024,
          awardCode: 'GIAY_KHEN',
          proposingUnitId: school,
          nominee: { kind: 'individual', name: 'Vũ Thị Mai', position: 'Giáo viên' },
          achievementsSummary: 'Hoàn thành xuất sắc nhiệm vụ năm học 2023-2024.',
        },
      },
    );
    dossierCode = created.body.code;
    const reviewer = { apiUrl: system.apiUrl, token: tokens['demo.reviewer.cm'] };
    const review = await eventually(async () =>
      (
        await request<{ items: { id: string; type: string; subject: { id: string } }[] }>(
          reviewer,
          'GET',
          '/api/v1/tasks',
        )
      ).body.items.find(
        (task) => task.subject.id === created.body.id && task.type === 'dossier.review',
      ),
    );
    await request(reviewer, 'POST', `/api/v1/tasks/${review.id}/complete`, {
      body: { outcome: { decision: 'accept' } },
    });
    const leader = { apiUrl: system.apiUrl, token: tokens['demo.leader.cm'] };
    await eventually(async () =>
      (await request<{ stage: string }>(leader, 'GET', `/api/v1/dossiers/${created.body.id}`)).body
        .stage === 'DECISION_PENDING'
        ? true
        : undefined,
    );
    await request(leader, 'POST', '/api/v1/decisions', {
      body: { unitId: district, dossierIds: [created.body.id] },
    });
    decisionId = await eventually(
      async () =>
        (
          await request<{ decision: { id: string } | null }>(
            leader,
            'GET',
            `/api/v1/dossiers/${created.body.id}`,
          )
        ).body.decision?.id,
    );
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await system?.stop();
  });

  async function eventually<T>(read: () => Promise<T | undefined>): Promise<T> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const value = await read();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error('not reached in time');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  async function signIn(username: string): Promise<Page> {
    const context = await newPersonContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    problems.watch(page, username);
    await page.goto(system.apiUrl);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(TEST_DEMO_PASSWORD);
    await page.getByRole('button', { name: /Đăng nhập$/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Xin chào/ }).waitFor();
    return page;
  }

  async function screen(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    overflow.push(...(await photograph(page, name)).overflow);
    accessibility.push(
      ...(await seriousAccessibilityViolations(page)).map((found) => `${name}: ${found}`),
    );
  }

  it('files, accepts and lists a complaint, revokes the award and shows it revoked', async () => {
    const officer = await signIn('demo.officer.thlg');
    await officer.goto(`${system.apiUrl}/dossiers/${dossierCode}`);
    await officer.getByRole('button', { name: 'Khiếu nại' }).click();
    const dialog = officer.getByRole('dialog');
    await dialog
      .getByLabel('Nội dung khiếu nại')
      .fill('Đề nghị xét tặng Bằng khen vì thành tích đạt giải cấp tỉnh.');
    const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
      new Date(),
    );
    await dialog.getByLabel('Ngày nhận được hoặc biết quyết định').fill(today);
    await dialog.getByLabel('Ngày nhận được hoặc biết quyết định').press('Enter');
    await screen(officer, 'complaint-file');
    await dialog.getByRole('button', { name: 'Gửi đơn' }).click();
    await officer.getByRole('heading', { name: new RegExp(dossierCode) }).waitFor();
    await officer.getByText('Đã tiếp nhận').first().waitFor();
    await screen(officer, 'complaint-detail-received');

    const reviewer = await signIn('demo.reviewer.cm');
    await reviewer.goto(`${system.apiUrl}/complaints`);
    await reviewer.getByRole('link', { name: new RegExp(dossierCode) }).click();
    await reviewer.getByText('Thụ lý đơn khiếu nại').waitFor();
    await screen(reviewer, 'complaint-accept');
    await reviewer.getByRole('button', { name: 'Ghi nhận' }).click();
    await reviewer.getByText('Đã thụ lý').first().waitFor();
    await reviewer.goto(`${system.apiUrl}/complaints`);
    await reviewer.getByRole('link', { name: new RegExp(dossierCode) }).waitFor();
    await screen(reviewer, 'complaints-list');

    const leader = await signIn('demo.leader.cm');
    await leader.goto(`${system.apiUrl}/decisions/${decisionId}`);
    await leader.getByRole('button', { name: 'Hủy bỏ' }).click();
    const revoke = leader.getByRole('dialog');
    await revoke.getByLabel('Căn cứ (Điều 93 khoản 2)').click();
    await leader.getByText('b) Cung cấp thông tin sai sự thật, làm giả hồ sơ, giấy tờ').click();
    await revoke.getByLabel('Lý do').fill('Hồ sơ kê khai thành tích không đúng sự thật.');
    await screen(leader, 'revocation-form');
    await revoke.getByRole('button', { name: 'Ký quyết định hủy bỏ' }).click();
    await leader.getByText(/Đã hủy bỏ theo QĐ/).waitFor();
    await screen(leader, 'decision-revoked');

    await officer.goto(`${system.apiUrl}/dossiers/${dossierCode}`);
    // In the header beside its stage, and on its decision.
    await officer
      .getByText(/Đã hủy bỏ theo QĐ/)
      .first()
      .waitFor();
    expect(await officer.getByText(/Đã hủy bỏ theo QĐ/).count()).toBe(2);
    await screen(officer, 'dossier-revoked');

    expect(accessibility).toEqual([]);
    expect(overflow).toEqual([]);
    expect(problems.list()).toEqual([]);
  });
});
