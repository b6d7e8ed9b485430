import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { distinctFreePorts, Launcher, newUserEnv, pidListeningOn } from '../support/launcher';
import { request } from '../support/system';
import {
  launchChromium,
  newPersonContext,
  PageProblems,
  photograph,
  SCREENSHOTS,
  seriousAccessibilityViolations,
} from './support/browser';
import { pdfFile } from './support/files';

/**
 * The acceptance of the web app, as its people work: the system started the way `npm start` starts
 * it (own ports, an empty data folder), Debian's Chromium, Vietnamese only. A school's officer creates
 * a CSTĐCS dossier with its files and submits it; the district's reviewer returns it for
 * supplementation; the officer supplements it; the reviewer accepts it; the council votes (through
 * the API); the leader approves it in the browser and downloads the signed decision. Then the screens
 * of part 2: the council's meetings, the leader's decisions, the planner's plan (simulated, issued, an
 * item completed with evidence), an initiative applied for, and the administrator's console and
 * statistics. Every screen is photographed at 1366×768 and 390×844 into test/artifacts/screenshots,
 * checked with axe-core, and watched for console errors and failed requests.
 */

const FIRST_START_MS = 300_000;
const STEP_MS = 60_000;
jest.setTimeout(FIRST_START_MS + 10 * 60_000);

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const DOCUMENTS = [
  'Tờ trình đề nghị khen thưởng',
  'Báo cáo thành tích',
  'Biên bản bình xét thi đua',
  'Kết quả bỏ phiếu của Hội đồng Thi đua - Khen thưởng',
  'Chứng nhận sáng kiến, đề tài khoa học hoặc xác nhận hoàn thành xuất sắc nhiệm vụ',
];

describe('the dossier path in the browser, from the new dossier to the signed decision', () => {
  let dataDir: string;
  let launcher: Launcher;
  let ports: number[];
  let appUrl: string;
  let password: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems = new PageProblems();
  const accessibility: string[] = [];
  const overflow: string[] = [];
  const uuidsShown: string[] = [];
  let dossierCode: string;

  /** A screen as people see it: photographed at both sizes, checked by axe-core, no ids shown. */
  async function screen(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await expectNoSkeleton(page);
    overflow.push(...(await photograph(page, name)).overflow);
    accessibility.push(
      ...(await seriousAccessibilityViolations(page)).map((found) => `${name}: ${found}`),
    );
    const text = await page.locator('body').innerText();
    if (UUID.test(text)) uuidsShown.push(`${name}: ${UUID.exec(text)?.[0]}`);
  }

  async function expectNoSkeleton(page: Page): Promise<void> {
    await page
      .locator('.ant-skeleton-active')
      .first()
      .waitFor({ state: 'detached', timeout: STEP_MS });
  }

  async function signIn(username: string): Promise<Page> {
    const context = await newPersonContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    problems.watch(page, username);
    await page.goto(appUrl);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(password);
    await page.getByRole('button', { name: /Đăng nhập$/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Xin chào/ }).waitFor();
    return page;
  }

  async function openInboxTask(page: Page, title: RegExp): Promise<void> {
    await page.getByRole('navigation').getByRole('link', { name: 'Việc cần xử lý' }).click();
    await page.getByRole('heading', { level: 1, name: 'Việc cần xử lý' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: dossierCode }).filter({ hasText: title });
    // The workflow opens the task a moment after the previous step: refresh as a person would.
    const deadline = Date.now() + STEP_MS;
    while (!(await row.isVisible())) {
      if (Date.now() > deadline) throw new Error(`no task ${String(title)} on ${dossierCode}`);
      await delay(1_000);
      await page.getByRole('button', { name: /Làm mới/ }).click();
    }
    await row.getByRole('button', { name: 'Xử lý' }).click();
    await page.getByRole('dialog').waitFor();
  }

  /** The dossier's page, reloaded until its stage shows (the workflow moves on its own). */
  async function dossierAt(page: Page, stage: string): Promise<void> {
    const deadline = Date.now() + STEP_MS;
    await page.goto(`${appUrl}/dossiers/${dossierCode}`);
    while (!(await page.locator('.page-header .ant-tag', { hasText: stage }).isVisible())) {
      if (Date.now() > deadline)
        throw new Error(`${dossierCode} did not reach "${stage}" within ${STEP_MS / 1000} s`);
      await delay(1_000);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: new RegExp(dossierCode) }).waitFor();
    }
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tdkt-web-journey-'));
    chmodSync(dataDir, 0o755);
    ports = await distinctFreePorts(6);
    const [api, pg, temporal, temporalUi, apiMetrics, workerMetrics] = ports;
    appUrl = `http://127.0.0.1:${api}`;
    launcher = new Launcher(
      newUserEnv({
        TDKT_DATA_DIR: dataDir,
        API_PORT: String(api),
        TDKT_PG_PORT: String(pg),
        TDKT_TEMPORAL_PORT: String(temporal),
        TDKT_TEMPORAL_UI_PORT: String(temporalUi),
        API_METRICS_PORT: String(apiMetrics),
        WORKER_METRICS_PORT: String(workerMetrics),
      }),
    );
    await launcher.waitForOutput(/TĐKT is running[\s\S]*Sign in:[^\n]*\n[^\n]*\n/, FIRST_START_MS);
    expect(launcher.output).toContain(`  Web app         ${appUrl}/ `);
    password = readFileSync(join(dataDir, 'demo-password'), 'utf8').trim();
    browser = await launchChromium();
  }, FIRST_START_MS + 60_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    if (launcher?.running) {
      launcher.interrupt();
      await launcher.waitForExit(60_000).catch(() => undefined);
    }
    for (const port of ports ?? []) {
      const pid = pidListeningOn(port);
      if (pid !== undefined) process.kill(pid, 'SIGKILL');
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);

  let officer: Page;
  let reviewer: Page;
  /** Each step builds on the one before: once one fails, the rest stop at once instead of timing out. */
  let failed: string | null = null;
  function step(name: string, run: () => Promise<void>): void {
    it(name, async () => {
      if (failed !== null) throw new Error(`not run: "${failed}" failed first`);
      try {
        await run();
      } catch (error) {
        failed = name;
        throw error;
      }
    });
  }

  step(
    'the unit officer signs in and creates a CSTĐCS dossier: the form follows the award, the pre-check agrees, the files go up',
    async () => {
      const context = await newPersonContext(browser);
      contexts.push(context);
      const signInPage = await context.newPage();
      problems.watch(signInPage, 'sign-in');
      await signInPage.goto(appUrl);
      await signInPage.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
      await screen(signInPage, '01-sign-in');
      await signInPage.close();

      officer = await signIn('demo.officer.thlg');
      await screen(officer, '02-home-officer');

      await officer.getByRole('navigation').getByRole('link', { name: 'Lập hồ sơ mới' }).click();
      await officer
        .getByRole('heading', { level: 1, name: 'Lập hồ sơ đề nghị khen thưởng' })
        .waitFor();
      await officer.getByLabel('Danh hiệu hoặc hình thức khen thưởng').click();
      await officer.keyboard.type('Chiến sĩ thi đua cơ sở');
      await officer.keyboard.press('Enter');
      await officer.getByLabel('Họ và tên').fill('Nguyễn Thị Lan');
      await officer.getByLabel('Chức vụ, chức danh').fill('Giáo viên');
      await officer
        .getByLabel('Tóm tắt thành tích')
        .fill(
          'Giáo viên dạy giỏi cấp huyện năm học 2023-2024; chủ nhiệm lớp đạt danh hiệu lớp tiên tiến.',
        );

      // The pre-check names what is missing, with its legal basis, then agrees once the record is in.
      const precheck = officer.getByRole('region', { name: 'Kiểm tra điều kiện' });
      await precheck.getByText(/Còn \d+ tiêu chuẩn chưa đạt/).waitFor({ timeout: STEP_MS });
      await precheck.getByText(/Chưa đăng ký thi đua danh hiệu/).waitFor();
      await precheck
        .getByText(/Căn cứ: .*Luật|Căn cứ: .*NĐ/)
        .first()
        .waitFor();
      await screen(officer, '03-new-dossier-precheck');
      await officer
        .getByRole('checkbox', { name: /Đã đăng ký thi đua danh hiệu này năm 2024/ })
        .check();
      await officer.getByLabel('Xếp loại').click();
      await officer.getByTitle('Hoàn thành xuất sắc nhiệm vụ').click();
      await precheck
        .getByText('Đủ tiêu chuẩn theo thông tin đã nhập')
        .waitFor({ timeout: STEP_MS });
      await precheck.getByText(/Cấp huyện – .*Cẩm Mỹ/).waitFor();

      // The form survives a reload before anything is saved.
      await officer.waitForTimeout(1_200);
      await officer.reload();
      await officer.getByText(/Đã khôi phục nội dung bạn đang soạn dở/).waitFor();
      await expect(officer.getByLabel('Họ và tên').inputValue()).resolves.toBe('Nguyễn Thị Lan');

      await officer.getByRole('button', { name: /Lưu nháp/ }).click();
      await officer.waitForURL(/\/dossiers\/HS-2024-\d{6}\/edit$/);
      dossierCode = /HS-2024-\d{6}/.exec(officer.url())?.[0] ?? '';
      await officer
        .getByRole('heading', { level: 1, name: `Hoàn thiện bản nháp ${dossierCode}` })
        .waitFor();

      // A file that is not one of the accepted kinds is refused beside the document it was dropped on.
      problems.expect(/\/attachments$/, 415);
      const memo = officer.locator('.checklist-item', { hasText: DOCUMENTS[0] });
      await memo.locator('input[type=file]').setInputFiles({
        name: 'to-trinh.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('không phải PDF'),
      });
      await memo
        .getByRole('alert')
        .filter({ hasText: 'Chỉ nhận tệp PDF, DOCX, XLSX, JPG, PNG' })
        .waitFor();

      for (const [index, document] of DOCUMENTS.entries()) {
        await officer
          .locator('.checklist-item', { hasText: document })
          .locator('input[type=file]')
          .setInputFiles({
            name: `thanh-phan-${index + 1}.pdf`,
            mimeType: 'application/pdf',
            buffer: pdfFile(`Thanh phan ${index + 1}`),
          });
        await officer
          .locator('.checklist-item', { hasText: document })
          .getByRole('button', { name: `thanh-phan-${index + 1}.pdf`, exact: true })
          .waitFor({ timeout: STEP_MS });
      }
      await officer.getByText(`Đã có ${DOCUMENTS.length}/${DOCUMENTS.length} thành phần`).waitFor();
      await screen(officer, '04-dossier-form-documents');

      await officer.getByRole('button', { name: /Nộp hồ sơ/ }).click();
      await officer.waitForURL(new RegExp(`/dossiers/${dossierCode}$`));
      await dossierAt(officer, 'Đang thẩm định');
      await officer.getByText('Hồ sơ được nộp').waitFor();
      await screen(officer, '05-dossier-submitted');
    },
  );

  step(
    'the reviewer finds it in the inbox and returns it for supplementation, naming what and by when',
    async () => {
      reviewer = await signIn('demo.reviewer.cm');
      await screen(reviewer, '06-home-reviewer');
      await openInboxTask(reviewer, /Thẩm định/);
      await screen(reviewer, '07-inbox-review-task');
      const drawer = reviewer.getByRole('dialog');
      await drawer.getByRole('button', { name: 'Nhận xử lý' }).click();
      await reviewer.getByText('Bạn đã nhận xử lý việc này.').waitFor();
      await drawer.getByRole('button', { name: 'Trả lại cho nhóm' }).waitFor();
      await drawer.getByText('Trả lại để bổ sung').click();
      await drawer.getByLabel('Nội dung 1').click();
      await reviewer.getByTitle('Biên bản bình xét thi đua', { exact: true }).click();
      await drawer
        .getByLabel('Yêu cầu cụ thể')
        .fill('Biên bản chưa có chữ ký của Chủ tịch Hội đồng thi đua nhà trường.');
      await drawer.getByLabel('Thời hạn bổ sung (ngày làm việc)').fill('5');
      // A fading toast is half transparent: axe would judge its contrast mid-animation.
      await reviewer
        .locator('.ant-message-notice')
        .waitFor({ state: 'detached', timeout: STEP_MS });
      await screen(reviewer, '08-review-return-form');
      await drawer.getByRole('button', { name: /Gửi kết quả/ }).click();
      await drawer.getByText('Đã trả hồ sơ để đơn vị bổ sung.').waitFor({ timeout: STEP_MS });
      await drawer.getByRole('button', { name: 'Đóng', exact: true }).first().click();
      await drawer.waitFor({ state: 'hidden' });
    },
  );

  step(
    'the officer sees what to supplement, adds the signed minutes and sends the dossier back',
    async () => {
      await dossierAt(officer, 'Chờ bổ sung hồ sơ');
      const panel = officer.locator('.supplement-card');
      await panel
        .getByText('Biên bản chưa có chữ ký của Chủ tịch Hội đồng thi đua nhà trường.')
        .waitFor();
      await screen(officer, '09-dossier-supplement');
      await panel
        .locator('.checklist-item', { hasText: 'Biên bản bình xét thi đua' })
        .locator('input[type=file]')
        .setInputFiles({
          name: 'bien-ban-co-chu-ky.pdf',
          mimeType: 'application/pdf',
          buffer: pdfFile('Bien ban binh xet co chu ky'),
        });
      await panel
        .getByRole('button', { name: 'bien-ban-co-chu-ky.pdf', exact: true })
        .waitFor({ timeout: STEP_MS });
      await panel
        .getByLabel('Ghi chú gửi người thẩm định')
        .fill('Đã bổ sung biên bản có đủ chữ ký.');
      await panel.getByRole('button', { name: /Gửi hồ sơ đã bổ sung/ }).click();
      await dossierAt(officer, 'Đang thẩm định');
      await officer.getByText('Đơn vị đã bổ sung hồ sơ').waitFor();
    },
  );

  step('the reviewer accepts it', async () => {
    await openInboxTask(reviewer, /Thẩm định/);
    const drawer = reviewer.getByRole('dialog');
    await drawer.getByText('Đạt, chuyển bước tiếp').click();
    await drawer.getByRole('button', { name: /Gửi kết quả/ }).click();
    await drawer
      .getByText('Đã ghi nhận: hồ sơ đạt yêu cầu thẩm định.')
      .waitFor({ timeout: STEP_MS });
    await drawer.getByRole('button', { name: 'Đóng', exact: true }).first().click();
    await drawer.waitFor({ state: 'hidden' });
    await dossierAt(reviewer, 'Chờ Hội đồng xét');
    await screen(reviewer, '10-dossier-awaiting-council');
  });

  step(
    'the district council votes it through (through the API; its screens are photographed below)',
    async () => {
      const api = { apiUrl: appUrl };
      const session = await request<{
        accessToken: string;
        user: { grants: { unitId: string }[] };
      }>(api, 'POST', '/api/v1/auth/login', { body: { username: 'demo.secretary.cm', password } });
      expect(session.status).toBe(200);
      const secretary = { apiUrl: appUrl, token: session.body.accessToken };
      const district = session.body.user.grants[0]!.unitId;
      // The secretary seats the council from its roster, by name, without the administrators' user list.
      const roster = await request<{
        items: { userId: string; username: string; roles: string[] }[];
      }>(secretary, 'GET', `/api/v1/council-meetings/roster?unitId=${district}`);
      expect(roster.status).toBe(200);
      const position = (member: { username: string; roles: string[] }) =>
        member.roles.includes('LEADER')
          ? 'chair'
          : member.username === 'demo.vicechair.cm'
            ? 'vice-chair'
            : member.roles.includes('COUNCIL_SECRETARY')
              ? 'secretary'
              : 'member';
      const members = roster.body.items.map((member) => ({
        userId: member.userId,
        position: position(member),
      }));
      expect(members).toHaveLength(9);
      const meeting = await request<{ id: string }>(secretary, 'POST', '/api/v1/council-meetings', {
        body: {
          unitId: district,
          title: 'Phiên họp xét khen thưởng tổng kết năm học 2023-2024',
          scheduledAt: new Date(Date.now() + 5_000).toISOString(),
          location: 'Hội trường UBND huyện Cẩm Mỹ',
          members,
        },
      });
      expect(meeting.status).toBe(201);
      const dossier = await request<{ id: string }>(
        secretary,
        'GET',
        `/api/v1/dossiers/${dossierCode}`,
      );
      expect(dossier.status).toBe(200);
      const added = await request(
        secretary,
        'POST',
        `/api/v1/council-meetings/${meeting.body.id}/agenda`,
        {
          body: { dossierId: dossier.body.id },
        },
      );
      expect(added.status).toBe(200);
      const deadline = Date.now() + STEP_MS;
      for (;;) {
        const state = await request<{ status: string }>(
          secretary,
          'GET',
          `/api/v1/council-meetings/${meeting.body.id}`,
        );
        if (state.body.status === 'OPEN') break;
        if (Date.now() > deadline)
          throw new Error(`the meeting did not open: ${state.body.status}`);
        await delay(1_000);
      }
      const everyone = members.map((member) => member.userId);
      const steps: [string, unknown][] = [
        ['attendance', { present: everyone }],
        ['ballots', { dossierId: dossier.body.id, castBy: everyone, votesFor: 9 }],
        ['close', undefined],
      ];
      for (const [step, body] of steps) {
        const answer = await request(
          secretary,
          'POST',
          `/api/v1/council-meetings/${meeting.body.id}/${step}`,
          body === undefined ? {} : { body },
        );
        expect({ step, status: answer.status }).toEqual({ step, status: 200 });
      }
      await dossierAt(officer, 'Chờ quyết định');
    },
  );

  let leader: Page;
  step('the leader approves it from the inbox and downloads the signed decision', async () => {
    leader = await signIn('demo.leader.cm');
    await screen(leader, '11-home-leader');
    await openInboxTask(leader, /quyết định|Quyết định/);
    await screen(leader, '12-inbox-decision-task');
    const drawer = leader.getByRole('dialog');
    await drawer.getByRole('button', { name: /Phê duyệt và ký quyết định/ }).click();
    await drawer
      .getByText(/Quyết định số \d+\/QĐ-UBND ngày \d{2}\/\d{2}\/\d{4}, tiền thưởng [\d.]+ đ/)
      .waitFor({
        timeout: STEP_MS,
      });
    await drawer
      .getByRole('link', { name: /Mở hồ sơ/ })
      .last()
      .click();
    await dossierAt(leader, 'Đã khen thưởng');
    const decision = leader.locator('.detail-section', { hasText: 'Quyết định khen thưởng' });
    await decision
      .getByText(/\d+\/QĐ-UBND/)
      .first()
      .waitFor();
    await decision.getByText(/[\d.]+ đ$/).waitFor();
    await screen(leader, '13-dossier-approved');
    const [download] = await Promise.all([
      leader.waitForEvent('download'),
      decision.getByRole('button', { name: /Quyết định \(PDF\)/ }).click(),
    ]);
    const file = await download.path();
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(2_000);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  });

  step(
    "the council's screens: the secretary's meetings, the closed meeting with its result, convening",
    async () => {
      const secretary = await signIn('demo.secretary.cm');
      await secretary.getByRole('navigation').getByRole('link', { name: 'Họp Hội đồng' }).click();
      await secretary
        .getByRole('heading', { level: 1, name: 'Họp Hội đồng Thi đua – Khen thưởng' })
        .waitFor();
      await screen(secretary, '23-council-meetings');
      await secretary
        .getByRole('link', { name: 'Phiên họp xét khen thưởng tổng kết năm học 2023-2024' })
        .first()
        .click();
      const results = secretary.locator('.detail-section', { hasText: 'Kết quả xét của Hội đồng' });
      await results.waitFor({ timeout: STEP_MS });
      await results.getByText('Đạt', { exact: true }).first().waitFor();
      await screen(secretary, '24-council-meeting-closed');
      await secretary.goto(`${appUrl}/council-meetings/new`);
      await secretary
        .getByRole('heading', { level: 1, name: 'Triệu tập phiên họp Hội đồng' })
        .waitFor();
      await screen(secretary, '25-council-convene');

      await leader
        .getByRole('navigation')
        .getByRole('link', { name: 'Quyết định khen thưởng' })
        .click();
      await leader.getByRole('heading', { level: 1, name: 'Ký quyết định khen thưởng' }).waitFor();
      await screen(leader, '26-decisions');
    },
  );

  step(
    'the planner checks a plan document by simulating its year, issues it and completes an item with evidence',
    async () => {
      const source = readFileSync(join(__dirname, '../../infra/seed/plan-2024.yaml'), 'utf8')
        .replaceAll('2025', '2028')
        .replaceAll('2024', '2027')
        .replaceAll('2023', '2026')
        .replace('issued_on: 2027-01-11', 'issued_on: 2026-12-01')
        .replaceAll('11/KH-UBND', '15/KH-UBND');
      await reviewer.getByRole('navigation').getByRole('link', { name: 'Kế hoạch năm' }).click();
      await reviewer
        .getByRole('heading', { level: 1, name: 'Kế hoạch thi đua, khen thưởng năm' })
        .waitFor();
      await reviewer.getByRole('heading', { level: 2, name: 'Quý 1' }).waitFor();
      await screen(reviewer, '27-plan');

      await reviewer.getByRole('tab', { name: 'Nhập văn bản kế hoạch' }).click();
      await reviewer.getByLabel('Nội dung văn bản').fill(source);
      await reviewer.getByRole('button', { name: 'Mô phỏng năm kế hoạch' }).click();
      await reviewer
        .getByText(/Mô phỏng kế hoạch năm 2027 \(15\/KH-UBND\)/)
        .waitFor({ timeout: STEP_MS })
        .catch(async (error: unknown) => {
          const shown = await reviewer.locator('main').innerText();
          throw new Error(`no simulation: ${String(error)}\n${shown.slice(0, 2_000)}`);
        });
      await screen(reviewer, '28-plan-simulation');
      await reviewer.getByRole('button', { name: 'Nhập và ban hành' }).click();
      await reviewer.getByText('Đã nhập kế hoạch.').waitFor({ timeout: STEP_MS });
      await reviewer.getByRole('heading', { level: 2, name: 'Quý 1' }).waitFor();

      const complete = reviewer.getByRole('button', { name: /^Báo cáo hoàn thành:/ }).first();
      const deadline = Date.now() + STEP_MS;
      // The plan's workflow starts a moment after the import.
      while (!(await complete.isVisible())) {
        if (Date.now() > deadline) throw new Error('the imported plan shows no item to complete');
        await delay(1_000);
        await reviewer.reload();
        await reviewer.getByRole('heading', { level: 2, name: 'Quý 1' }).waitFor();
      }
      await complete.click();
      const dialog = reviewer.getByRole('dialog');
      await dialog.getByLabel('Số, ký hiệu văn bản').fill('125/BC-UBND');
      await dialog.getByLabel('Trích yếu').fill('Báo cáo tổng kết cụm, khối thi đua năm 2026');
      await screen(reviewer, '29-plan-complete-item');
      await dialog.getByLabel('Ngày ban hành').click();
      await dialog.getByLabel('Ngày ban hành').fill('07/12/2026');
      await dialog.getByLabel('Ngày ban hành').press('Enter');
      await dialog.getByRole('button', { name: 'Xác nhận hoàn thành' }).click();
      await reviewer.getByText('Đã ghi nhận nội dung hoàn thành.').waitFor({ timeout: STEP_MS });
      const done = reviewer.getByText(/^Hoàn thành: /).first();
      const recorded = Date.now() + STEP_MS;
      // The plan's workflow records the completion a moment after the answer.
      while (!(await done.isVisible())) {
        if (Date.now() > recorded) throw new Error('the completed item does not show as done');
        await delay(1_000);
        await reviewer.reload();
        await reviewer.getByRole('heading', { level: 2, name: 'Quý 1' }).waitFor();
      }
      await reviewer
        .getByText(/Văn bản số 125\/BC-UBND ngày 07\/12\/2026: Báo cáo tổng kết cụm/)
        .waitFor();
      await screen(reviewer, '30-plan-item-done');
    },
  );

  step('the officer applies for the recognition of an initiative', async () => {
    await officer.getByRole('navigation').getByRole('link', { name: 'Sáng kiến' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Sáng kiến' }).waitFor();
    await officer.getByRole('button', { name: 'Nộp đơn công nhận sáng kiến' }).click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByLabel('Tên sáng kiến').fill('Dạy học bằng sơ đồ tư duy');
    await dialog
      .getByLabel('Mô tả giải pháp, tính mới, hiệu quả áp dụng')
      .fill('Dùng sơ đồ tư duy để ôn tập cuối chương; điểm trung bình môn của lớp tăng 0,8.');
    await screen(officer, '31-initiative-apply');
    await dialog.getByRole('button', { name: 'Nộp đơn' }).click();
    await officer
      .getByText(/Đã nộp đơn; hạn công nhận \d{2}\/\d{2}\/\d{4}\./)
      .waitFor({ timeout: STEP_MS });
    const drawer = officer.getByRole('dialog').filter({ hasText: 'Hạn công nhận (3 tháng)' });
    await drawer.getByText('Chờ xét công nhận').waitFor();
    await screen(officer, '32-initiative-detail');
    await officer.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await officer.getByRole('button', { name: 'Dạy học bằng sơ đồ tư duy' }).waitFor();
    await screen(officer, '33-initiatives');
  });

  step(
    "the administrator's console: stuck workflows, units, users, the audit trail, the rules, the statistics",
    async () => {
      const admin = await signIn('demo.admin');
      await admin.getByRole('navigation').getByRole('link', { name: 'Quy trình bị kẹt' }).click();
      await admin.getByRole('heading', { level: 1, name: 'Quy trình bị kẹt' }).waitFor();
      await screen(admin, '34-admin-stuck');

      await admin.getByRole('navigation').getByRole('link', { name: 'Đơn vị' }).click();
      await admin.getByRole('heading', { level: 1, name: 'Đơn vị' }).waitFor();
      await admin
        .getByRole('tree')
        .getByText(/Cẩm Mỹ/)
        .first()
        .waitFor();
      await screen(admin, '35-admin-units');

      await admin
        .getByRole('navigation')
        .getByRole('link', { name: 'Người dùng, phân quyền' })
        .click();
      await admin.getByRole('heading', { level: 1, name: 'Người dùng, phân quyền' }).waitFor();
      await admin.getByText('demo.leader.cm').first().waitFor();
      await screen(admin, '36-admin-users');

      await admin.getByRole('navigation').getByRole('link', { name: 'Nhật ký thao tác' }).click();
      await admin.getByRole('heading', { level: 1, name: 'Nhật ký thao tác' }).waitFor();
      await admin.getByRole('row').nth(1).waitFor();
      await screen(admin, '37-admin-audit');

      await admin
        .getByRole('navigation')
        .getByRole('link', { name: 'Quy định, lịch nghỉ' })
        .click();
      await admin.getByRole('heading', { level: 1, name: 'Quy định, pháp lý' }).waitFor();
      await admin.getByText('Căn cứ pháp lý').first().waitFor();
      await screen(admin, '38-admin-rules');
      await admin.getByRole('tab', { name: 'Lịch nghỉ lễ' }).click();
      await admin
        .getByText(/\d+ ngày nghỉ/)
        .first()
        .waitFor();
      await screen(admin, '39-admin-holidays');

      await admin
        .getByRole('navigation')
        .getByRole('link', { name: 'Biểu đồ', exact: true })
        .click();
      await admin.getByRole('heading', { level: 1, name: 'Biểu đồ thống kê' }).waitFor();
      await admin.getByText('Số quy trình bị kẹt theo lý do, 30 ngày gần nhất').waitFor();
      await screen(admin, '40-charts-admin');

      await leader
        .getByRole('navigation')
        .getByRole('link', { name: 'Biểu đồ', exact: true })
        .click();
      await leader.getByRole('heading', { level: 1, name: 'Biểu đồ thống kê' }).waitFor();
      await leader.getByRole('img', { name: /Biểu đồ cột: \d+ hồ sơ theo bước xử lý/ }).waitFor();
      await screen(leader, '41-charts');
    },
  );

  step(
    'the other screens: the lists, notifications, preferences, a batch, a missing page and English',
    async () => {
      await officer.goto(`${appUrl}/dossiers`);
      await officer.getByRole('cell', { name: dossierCode }).waitFor();
      await screen(officer, '14-dossier-list');
      await officer.getByRole('searchbox').fill(dossierCode);
      await officer.getByRole('searchbox').press('Enter');
      await officer.getByRole('cell', { name: dossierCode }).waitFor();

      await officer.goto(`${appUrl}/dossiers/${dossierCode}`);
      await officer.getByText('Lãnh đạo phê duyệt khen thưởng').waitFor();
      await screen(officer, '15-dossier-history-officer');

      await officer.goto(`${appUrl}/notifications`);
      await officer.getByRole('heading', { level: 1, name: 'Thông báo' }).waitFor();
      await screen(officer, '16-notifications');
      await officer.getByRole('button', { name: /^Thông báo: \d+ chưa đọc/ }).click();
      await officer.locator('.bell-panel').waitFor();
      await screen(officer, '17-notification-bell');
      await officer.keyboard.press('Escape');

      await officer.goto(`${appUrl}/settings/notifications`);
      await officer.getByRole('heading', { level: 1, name: 'Cài đặt nhận thông báo' }).waitFor();
      await screen(officer, '18-notification-preferences');

      await officer.goto(`${appUrl}/dossiers/batch`);
      await officer.getByRole('heading', { level: 1, name: 'Nộp hồ sơ theo danh sách' }).waitFor();
      await screen(officer, '19-batch');

      await officer.goto(`${appUrl}/inbox`);
      await officer.getByRole('heading', { level: 1, name: 'Việc cần xử lý' }).waitFor();
      await screen(officer, '20-inbox-empty');

      await officer.goto(`${appUrl}/khong-co-trang-nay`);
      await officer.getByText('Không tìm thấy trang').waitFor();
      await screen(officer, '21-not-found');

      await officer.goto(appUrl);
      await officer.locator('.language-switch').getByText('English', { exact: true }).click();
      await officer.getByRole('heading', { level: 1, name: /^Hello/ }).waitFor();
      await screen(officer, '22-home-english');
      await officer.locator('.language-switch').getByText('Tiếng Việt', { exact: true }).click();
      await officer.getByRole('heading', { level: 1, name: /^Xin chào/ }).waitFor();

      // Signing out ends the session: a reload does not bring it back.
      await officer.getByRole('button', { name: /^Tài khoản:/ }).click();
      await officer.getByRole('menuitem', { name: /Đăng xuất/ }).click();
      await officer.getByText('Bạn đã đăng xuất.').waitFor();
      await officer.reload();
      await officer.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    },
  );

  it('no screen showed a console error, a failed request, a serious accessibility problem, an overflow or an id', () => {
    expect({ screenshots: SCREENSHOTS, problems: problems.list() }).toEqual({
      screenshots: SCREENSHOTS,
      problems: [],
    });
    expect(accessibility).toEqual([]);
    expect(overflow).toEqual([]);
    expect(uuidsShown).toEqual([]);
  });
});
