import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { distinctFreePorts, Launcher, newUserEnv, pidListeningOn } from '../support/launcher';
import { type LogInBody, request } from '../support/system';
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

/** The nominee whose review task the inbox refuses (a crafted trigger), until the administrator repairs it. */
const FAULTY_NOMINEE = 'Phạm Văn Kẹt';
const MEETING_TITLE = 'Phiên họp xét khen thưởng tổng kết năm học 2023-2024';
const REPAIR_REASON = 'Đã gỡ lỗi dữ liệu hộp việc, cho chạy lại';

/** In the page: a new dossier kept on this device (the form's autosave) with its rating chosen. */
const SAVED_LOCALLY_WITH_RATING = `Object.keys(localStorage)
  .filter((key) => key.startsWith('tdkt.dossier-form.'))
  .some((key) => {
    const record = JSON.parse(localStorage.getItem(key)).values?.record;
    return record?.registered === true && (record.ratings ?? []).some((entry) => entry?.rating);
  })`;

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
  /** The system's own database, where the test breaks the inbox on purpose. */
  let database: Client;

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

  /** Runs what starts a download and checks the file is a real PDF; answers its name and size. */
  async function expectPdfDownload(
    page: Page,
    start: () => Promise<void>,
  ): Promise<{ name: string; bytes: number }> {
    const [download] = await Promise.all([page.waitForEvent('download'), start()]);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.subarray(-1024).toString('latin1')).toContain('%%EOF');
    expect(bytes.length).toBeGreaterThan(2_000);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    return { name: download.suggestedFilename(), bytes: bytes.length };
  }

  /** Fading toasts are half transparent: axe would judge their contrast mid-animation. */
  async function toastsGone(page: Page): Promise<void> {
    const deadline = Date.now() + STEP_MS;
    while ((await page.locator('.ant-message-notice').count()) > 0) {
      if (Date.now() > deadline) throw new Error('a toast stayed on the screen');
      await delay(200);
    }
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
    database = new Client({ connectionString: `postgres://tdkt:tdkt-local@127.0.0.1:${pg}/tdkt` });
    await database.connect();
    browser = await launchChromium();
  }, FIRST_START_MS + 60_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await database?.end().catch(() => undefined);
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

      // The form survives a reload before anything is saved: once the autosave holds the rating.
      await officer.waitForFunction(SAVED_LOCALLY_WITH_RATING, undefined, { timeout: STEP_MS });
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
      await toastsGone(reviewer);
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

  const others: Record<'passing' | 'failing' | 'faulty', { id: string; code: string }> = {
    passing: { id: '', code: '' },
    failing: { id: '', code: '' },
    faulty: { id: '', code: '' },
  };
  step(
    "two more of the school's dossiers reach the council (through the API), and one cannot reach its reviewer: a crafted trigger keeps failing its task",
    async () => {
      const api = { apiUrl: appUrl };
      const tokens: Record<string, string> = {};
      let school = '';
      for (const username of ['demo.officer.thlg', 'demo.reviewer.cm']) {
        const session = await request<LogInBody>(api, 'POST', '/api/v1/auth/login', {
          body: { username, password },
        });
        expect(session.status).toBe(200);
        tokens[username] = session.body.accessToken;
        if (username === 'demo.officer.thlg') school = session.body.user.grants[0]!.unitId;
      }
      const as = (username: string) => ({ apiUrl: appUrl, token: tokens[username] });
      // The inbox refuses the review task of one nominee: each attempt fails, Temporal retries it.
      await database.query(`
        CREATE FUNCTION refuse_faulty_nominee() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.subject_label LIKE '%${FAULTY_NOMINEE}%' THEN
            RAISE EXCEPTION 'crafted fault: the inbox refuses this task';
          END IF;
          RETURN NEW;
        END $$`);
      await database.query(
        `CREATE TRIGGER refuse_faulty_nominee BEFORE INSERT ON tasks FOR EACH ROW EXECUTE FUNCTION refuse_faulty_nominee()`,
      );
      const nominees = {
        passing: 'Trần Văn Hùng',
        failing: 'Lê Thị Mai',
        faulty: FAULTY_NOMINEE,
      } as const;
      for (const [key, name] of Object.entries(nominees) as [keyof typeof nominees, string][]) {
        const created = await request<{ id: string; code: string }>(
          as('demo.officer.thlg'),
          'POST',
          '/api/v1/dossiers',
          {
            body: {
              year: 2024,
              awardCode: 'CSTDCS',
              proposingUnitId: school,
              nominee: { kind: 'individual', name, position: 'Giáo viên' },
              achievementsSummary: 'Hoàn thành xuất sắc nhiệm vụ năm học 2023-2024.',
            },
          },
        );
        expect(created.status).toBe(201);
        others[key] = { id: created.body.id, code: created.body.code };
      }
      for (const key of ['passing', 'failing'] as const) {
        const deadline = Date.now() + STEP_MS;
        let review: { id: string } | undefined;
        while (review === undefined) {
          if (Date.now() > deadline) throw new Error(`no review task for ${others[key].code}`);
          const tasks = await request<{
            items: { id: string; type: string; subject: { id: string } }[];
          }>(as('demo.reviewer.cm'), 'GET', '/api/v1/tasks');
          review = tasks.body.items.find(
            (task) => task.subject.id === others[key].id && task.type === 'dossier.review',
          );
          if (review === undefined) await delay(500);
        }
        const accepted = await request(
          as('demo.reviewer.cm'),
          'POST',
          `/api/v1/tasks/${review.id}/complete`,
          { body: { outcome: { decision: 'accept' } } },
        );
        expect(accepted.status).toBe(200);
      }
    },
  );

  let secretary: Page;
  step(
    'the secretary convenes the council, builds the agenda, records who is present (quorum shown), enters the ballots so that one dossier passes and one fails, closes the meeting and downloads the minutes',
    async () => {
      secretary = await signIn('demo.secretary.cm');
      await secretary.getByRole('navigation').getByRole('link', { name: 'Họp Hội đồng' }).click();
      await secretary
        .getByRole('heading', { level: 1, name: 'Họp Hội đồng Thi đua – Khen thưởng' })
        .waitFor();
      await secretary.getByRole('button', { name: /Triệu tập phiên họp/ }).click();
      await secretary
        .getByRole('heading', { level: 1, name: 'Triệu tập phiên họp Hội đồng' })
        .waitFor();
      await secretary.getByLabel('Tên phiên họp').fill(MEETING_TITLE);
      await secretary.getByLabel('Địa điểm').fill('Hội trường UBND huyện Cẩm Mỹ');
      await secretary.getByText('2. Thành viên dự họp (9 người)').waitFor({ timeout: STEP_MS });
      await screen(secretary, '23-council-convene');
      await secretary.getByRole('button', { name: /Triệu tập và gửi giấy mời/ }).click();
      await secretary.getByRole('heading', { level: 1, name: MEETING_TITLE }).waitFor();

      // The agenda: the dossiers waiting for this council, added one by one.
      const agenda = [dossierCode, others.passing.code, others.failing.code];
      for (const code of agenda) {
        const add = secretary.getByRole('button', { name: `Đưa hồ sơ ${code} vào chương trình` });
        const deadline = Date.now() + STEP_MS;
        while (!(await add.isVisible())) {
          if (Date.now() > deadline) throw new Error(`${code} is not among the candidates`);
          await delay(1_000);
          await secretary.reload();
          await secretary.getByRole('heading', { level: 1, name: MEETING_TITLE }).waitFor();
        }
        await add.click();
        await secretary
          .getByRole('button', { name: `Rút hồ sơ ${code} khỏi chương trình` })
          .waitFor({ timeout: STEP_MS });
      }
      await secretary.getByText('Chương trình họp (3 hồ sơ)').waitFor();

      // Attendance, with the quorum counted as the secretary ticks.
      const quorum = secretary.getByRole('status').filter({ hasText: /Có mặt/ });
      await quorum.getByText('Có mặt 9/9').waitFor();
      const absentee = secretary.locator('.member-row .ant-checkbox-wrapper').nth(8);
      await absentee.click();
      await quorum.getByText('Có mặt 8/9').waitFor();
      await quorum.getByText(/Đủ số thành viên để xét khen thưởng \(tối thiểu \d+\)/).waitFor();
      await toastsGone(secretary);
      await screen(secretary, '24-council-agenda-attendance');
      await absentee.click();
      await quorum.getByText('Có mặt 9/9').waitFor();
      await secretary.getByRole('button', { name: /Đủ tất cả thành viên: khai mạc ngay/ }).click();
      await secretary.getByText('Kết quả bỏ phiếu từng hồ sơ').waitFor({ timeout: STEP_MS });

      // Secret ballot: counts only; the threshold is of all members, the result the engine's.
      const votes: [string, number][] = [
        [dossierCode, 9],
        [others.passing.code, 8],
        [others.failing.code, 3],
      ];
      for (const [code, votesFor] of votes) {
        const ballot = secretary.getByRole('region', { name: `Phiếu bầu hồ sơ ${code}` });
        await ballot.getByText(/Cần ít nhất \d+\/9 thành viên đồng ý/).waitFor();
        await ballot.getByLabel(`Số phiếu đồng ý, hồ sơ ${code}`).fill(String(votesFor));
        await ballot.getByRole('button', { name: 'Ghi kết quả' }).click();
        await ballot
          .getByText(`Đã ghi: ${votesFor} phiếu đồng ý / 9 phiếu thu về (9 thành viên Hội đồng).`)
          .waitFor({ timeout: STEP_MS });
      }
      const failing = secretary.getByRole('region', {
        name: `Phiếu bầu hồ sơ ${others.failing.code}`,
      });
      await failing.getByText('Dự kiến: không đạt').waitFor();
      await secretary
        .getByRole('region', { name: `Phiếu bầu hồ sơ ${dossierCode}` })
        .getByText('Dự kiến: đạt')
        .waitFor();
      await toastsGone(secretary);
      await screen(secretary, '25-council-ballots');

      await secretary.getByRole('button', { name: /Kết thúc phiên họp/ }).click();
      await secretary
        .getByRole('dialog')
        .getByRole('button', { name: /Kết thúc phiên họp/ })
        .click();
      const results = secretary.locator('.detail-section', { hasText: 'Kết quả xét của Hội đồng' });
      await results.waitFor({ timeout: STEP_MS });
      const row = (code: string) => results.getByRole('row').filter({ hasText: code });
      await row(dossierCode).getByText('Đạt', { exact: true }).waitFor();
      await row(others.passing.code).getByText('Đạt', { exact: true }).waitFor();
      await row(others.failing.code).getByText('Không đạt', { exact: true }).waitFor();
      await row(others.failing.code)
        .getByText(/^3\/9 \(cần \d+\)$/)
        .waitFor();
      const minutes = results.getByRole('button', { name: /Biên bản họp \(PDF\)/ });
      const deadline = Date.now() + STEP_MS;
      while (!(await minutes.isVisible())) {
        if (Date.now() > deadline) throw new Error('the minutes were not written');
        await delay(1_000);
        await secretary.reload();
        await results.waitFor({ timeout: STEP_MS });
      }
      await toastsGone(secretary);
      await screen(secretary, '26-council-meeting-closed');
      await expectPdfDownload(secretary, () => minutes.click());
      await dossierAt(officer, 'Chờ quyết định');
      await screen(officer, '27-dossier-awaiting-decision');
    },
  );

  let leader: Page;
  step(
    'the leader previews the decision for both passed dossiers (annex, bonus amounts), signs the batch, sees its number and date and downloads the PDF',
    async () => {
      leader = await signIn('demo.leader.cm');
      await screen(leader, '11-home-leader');
      await openInboxTask(leader, /quyết định|Quyết định/);
      await screen(leader, '12-inbox-decision-task');
      await leader.keyboard.press('Escape');
      await leader.getByRole('dialog').waitFor({ state: 'hidden' });

      await leader
        .getByRole('navigation')
        .getByRole('link', { name: 'Quyết định khen thưởng' })
        .click();
      await leader.getByRole('heading', { level: 1, name: 'Ký quyết định khen thưởng' }).waitFor();
      const batch = [dossierCode, others.passing.code];
      for (const code of batch) {
        const select = leader.getByRole('checkbox', { name: `Chọn hồ sơ ${code}` });
        const deadline = Date.now() + STEP_MS;
        while (!(await select.isVisible())) {
          if (Date.now() > deadline) throw new Error(`${code} is not in the signing queue`);
          await delay(1_000);
          await leader.getByRole('button', { name: /Làm mới/ }).click();
        }
        await select.check();
      }
      await expect(
        leader.getByRole('checkbox', { name: `Chọn hồ sơ ${others.failing.code}` }).count(),
      ).resolves.toBe(0);
      await leader.getByText('Đã chọn 2 hồ sơ.').waitFor();
      await screen(leader, '28-decisions-queue');
      await leader.getByRole('button', { name: /Xem trước quyết định \(2\)/ }).click();
      const preview = leader.getByRole('dialog');
      const sheet = preview.getByRole('article', { name: 'Nội dung quyết định' });
      await sheet.getByText('Số: …… (cấp khi ký)').waitFor({ timeout: STEP_MS });
      await sheet.getByText('Danh sách khen thưởng').waitFor();
      await sheet.getByText('Nguyễn Thị Lan').waitFor();
      await sheet.getByText('Trần Văn Hùng').waitFor();
      await sheet.getByText('Cộng: 2 trường hợp').waitFor();
      await sheet.getByText(/Tổng số tiền thưởng: [\d.]+ đ/).waitFor();
      await expect(sheet.getByText(/^[\d.]+ đ$/).count()).resolves.toBeGreaterThanOrEqual(2);
      await screen(leader, '29-decision-preview');
      await preview.getByRole('button', { name: /Ký quyết định cho 2 hồ sơ/ }).click();
      const signed = preview.getByText(
        /^Đã ký Quyết định số \d+\/QĐ-UBND ngày \d{2}\/\d{2}\/\d{4}$/,
      );
      await signed.waitFor({ timeout: STEP_MS });
      await preview
        .getByText(/2 người, tập thể được khen thưởng; tổng tiền thưởng [\d.]+ đ\./)
        .waitFor();
      await toastsGone(leader);
      await screen(leader, '30-decision-signed');
      const file = await expectPdfDownload(leader, () =>
        preview.getByRole('button', { name: /Quyết định \(PDF\)/ }).click(),
      );
      expect(file.name).toMatch(/\.pdf$/);
      await leader.keyboard.press('Escape');

      await dossierAt(leader, 'Đã khen thưởng');
      const decision = leader.locator('.detail-section', { hasText: 'Quyết định khen thưởng' });
      await decision
        .getByText(/\d+\/QĐ-UBND/)
        .first()
        .waitFor();
      await screen(leader, '13-dossier-approved');
    },
  );

  step("the council's list: the secretary's meetings and invitations", async () => {
    await secretary
      .getByRole('navigation', { name: 'Danh mục chức năng' })
      .getByRole('link', { name: 'Họp Hội đồng' })
      .click();
    await secretary
      .getByRole('heading', { level: 1, name: 'Họp Hội đồng Thi đua – Khen thưởng' })
      .waitFor();
    await secretary.getByRole('link', { name: MEETING_TITLE }).first().waitFor();
    await screen(secretary, '31-council-meetings');
  });

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
      await screen(reviewer, '32-plan');

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
      await screen(reviewer, '33-plan-simulation');
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
      await screen(reviewer, '34-plan-complete-item');
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
      // The running plan's windows with the units called to them, and when each quarter is summarised.
      await reviewer.getByText('Đợt tiếp nhận hồ sơ').first().waitFor();
      await reviewer
        .getByText(/Các đơn vị được giao \(\d+\/\d+ đã báo xong\)/)
        .first()
        .waitFor();
      await reviewer
        .getByText('Kết quả quý được tổng hợp vào ngày làm việc đầu tiên sau khi hết quý.')
        .first()
        .waitFor();
      await screen(reviewer, '35-plan-item-done');
    },
  );

  step(
    'the officer applies for the recognition of an initiative with its description as a file',
    async () => {
      await officer.getByRole('navigation').getByRole('link', { name: 'Sáng kiến' }).click();
      await officer.getByRole('heading', { level: 1, name: 'Sáng kiến' }).waitFor();
      await officer.getByRole('button', { name: 'Nộp đơn công nhận sáng kiến' }).click();
      const dialog = officer.getByRole('dialog');
      await dialog.getByLabel('Tên sáng kiến').fill('Dạy học bằng sơ đồ tư duy');
      await dialog
        .getByLabel('Mô tả giải pháp, tính mới, hiệu quả áp dụng')
        .fill('Dùng sơ đồ tư duy để ôn tập cuối chương; điểm trung bình môn của lớp tăng 0,8.');
      await dialog.locator('input[type=file]').setInputFiles({
        name: 'mo-ta-sang-kien.pdf',
        mimeType: 'application/pdf',
        buffer: pdfFile('Mo ta sang kien so do tu duy'),
      });
      await dialog.getByText('mo-ta-sang-kien.pdf').waitFor();
      await screen(officer, '36-initiative-apply');
      await dialog.getByRole('button', { name: 'Nộp đơn' }).click();
      await officer
        .getByText(/Đã nộp đơn; hạn công nhận \d{2}\/\d{2}\/\d{4}\./)
        .waitFor({ timeout: STEP_MS });
      const drawer = officer.getByRole('dialog').filter({ hasText: 'Hạn công nhận (3 tháng)' });
      await drawer.getByText('Chờ xét công nhận').waitFor();
      const files = drawer.getByRole('region', { name: 'Tệp kèm đơn' });
      const [download] = await Promise.all([
        officer.waitForEvent('download'),
        files.getByRole('button', { name: /mo-ta-sang-kien\.pdf/ }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('mo-ta-sang-kien.pdf');
      expect(
        readFileSync(await download.path())
          .subarray(0, 5)
          .toString('latin1'),
      ).toBe('%PDF-');
      await toastsGone(officer);
      await screen(officer, '37-initiative-detail');
      await officer.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });
      await officer.getByRole('button', { name: 'Dạy học bằng sơ đồ tư duy' }).waitFor();
      await screen(officer, '38-initiatives');
    },
  );

  let admin: Page;
  step(
    'the administrator finds the dossier whose task keeps failing, dry-runs a bulk retry, runs it once the cause is gone, watches the progress reach 100 % and finds the repair in the audit trail',
    async () => {
      admin = await signIn('demo.admin');
      await admin.getByRole('navigation').getByRole('link', { name: 'Quy trình bị kẹt' }).click();
      await admin.getByRole('heading', { level: 1, name: 'Quy trình bị kẹt' }).waitFor();
      await admin.getByRole('button', { name: /Thao tác lỗi, đang thử lại/ }).click();
      const open = admin.getByRole('button', { name: `Xem và xử lý ${others.faulty.code}` });
      const deadline = Date.now() + STEP_MS;
      while (!(await open.isVisible())) {
        if (Date.now() > deadline) throw new Error(`${others.faulty.code} is not listed as stuck`);
        await delay(1_000);
        await admin.getByRole('button', { name: /Quét lại/ }).click();
        await expectNoSkeleton(admin);
      }
      await admin
        .getByRole('row')
        .filter({ hasText: others.faulty.code })
        .getByText(/lần thử|lần/)
        .first()
        .waitFor();
      await screen(admin, '39-admin-stuck');

      await open.click();
      const drawer = admin.getByRole('dialog');
      await drawer.getByText('Vì sao bị kẹt').waitFor({ timeout: STEP_MS });
      await drawer.getByText('Thao tác lỗi, đang thử lại').first().waitFor();
      await drawer
        .getByText(/crafted fault: the inbox refuses this task/)
        .first()
        .waitFor();
      await screen(admin, '40-admin-stuck-drawer');
      await admin.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });

      const bulk = admin.locator('.bulk-card');
      await bulk.getByLabel('Lý do (ghi vào nhật ký)').fill(REPAIR_REASON);
      await bulk.getByRole('button', { name: /Chạy thử/ }).click();
      const planned = bulk.getByRole('row').filter({ hasText: others.faulty.code });
      await planned.getByText('Chạy lại ngay thao tác đang lỗi hoặc tạm dừng').waitFor({
        timeout: STEP_MS,
      });
      await planned.getByText('Dự kiến').waitFor();
      await expect(bulk.getByRole('row').count()).resolves.toBe(2);
      await screen(admin, '41-admin-bulk-dry-run');

      // The cause is removed (as a fixed deployment or corrected data would), then the retry runs.
      await database.query(`DROP TRIGGER refuse_faulty_nominee ON tasks`);
      await database.query(`DROP FUNCTION refuse_faulty_nominee()`);
      await bulk.getByRole('button', { name: /Thực hiện cho 1 quy trình/ }).click();
      await admin
        .locator('.ant-modal-confirm')
        .getByRole('button', { name: /Thực hiện cho 1 quy trình/ })
        .click();
      const progress = bulk.getByRole('progressbar', { name: 'Tiến độ sửa hàng loạt' });
      await progress.waitFor({ timeout: STEP_MS });
      await bulk.getByText('Hoàn tất: 1/1 quy trình đã được sửa.').waitFor({ timeout: STEP_MS });
      await expect(progress.getAttribute('aria-valuenow')).resolves.toBe('100');
      await bulk.getByText('Đã xử lý 1/1').waitFor();
      await planned.getByText('Đã xong').waitFor();
      await toastsGone(admin);
      await screen(admin, '42-admin-bulk-done');

      await bulk.getByRole('link', { name: 'Nhật ký sửa chữa' }).click();
      await admin.getByRole('heading', { level: 1, name: 'Nhật ký thao tác' }).waitFor();
      const repair = admin.getByRole('row').filter({ hasText: REPAIR_REASON });
      await repair.getByText('Cho thử lại thao tác bị lỗi').waitFor({ timeout: STEP_MS });
      await repair.getByText(others.faulty.code).waitFor();
      await screen(admin, '43-admin-audit-repair');

      // Repaired: the review task is in the reviewers' inbox, and the dossier is no longer stuck.
      const review = Date.now() + STEP_MS;
      for (;;) {
        const { rows } = await database.query<{ count: string }>(
          `SELECT count(*) FROM tasks WHERE subject_label LIKE $1 AND status = 'OPEN'`,
          [`%${FAULTY_NOMINEE}%`],
        );
        if (Number(rows[0]?.count) === 1) break;
        if (Date.now() > review) throw new Error(`${others.faulty.code} has no review task`);
        await delay(1_000);
      }
      await admin
        .getByRole('navigation', { name: 'Danh mục chức năng' })
        .getByRole('link', { name: 'Quy trình bị kẹt' })
        .click();
      await admin.getByRole('heading', { level: 1, name: 'Quy trình bị kẹt' }).waitFor();
      // The list shown at once is the one fetched before the repair; a rescan drops the dossier.
      const rescanned = Date.now() + STEP_MS;
      while ((await open.count()) > 0) {
        if (Date.now() > rescanned)
          throw new Error(`${others.faulty.code} is still listed as stuck`);
        await delay(1_000);
        await admin.getByRole('button', { name: /Quét lại/ }).click();
        await expectNoSkeleton(admin);
      }
    },
  );

  step(
    "the administrator's console: stuck workflows, units, users, the audit trail, the rules, the statistics",
    async () => {
      await admin.getByRole('navigation').getByRole('link', { name: 'Đơn vị' }).click();
      await admin.getByRole('heading', { level: 1, name: 'Đơn vị' }).waitFor();
      await admin
        .getByRole('tree')
        .getByText(/Cẩm Mỹ/)
        .first()
        .waitFor();
      await screen(admin, '44-admin-units');

      await admin
        .getByRole('navigation')
        .getByRole('link', { name: 'Người dùng, phân quyền' })
        .click();
      await admin.getByRole('heading', { level: 1, name: 'Người dùng, phân quyền' }).waitFor();
      await admin.getByText('demo.leader.cm').first().waitFor();
      await screen(admin, '45-admin-users');

      await admin.getByRole('navigation').getByRole('link', { name: 'Nhật ký thao tác' }).click();
      await admin.getByRole('heading', { level: 1, name: 'Nhật ký thao tác' }).waitFor();
      await admin.getByRole('row').nth(1).waitFor();
      await screen(admin, '46-admin-audit');

      await admin
        .getByRole('navigation')
        .getByRole('link', { name: 'Quy định, lịch nghỉ' })
        .click();
      await admin.getByRole('heading', { level: 1, name: 'Quy định, pháp lý' }).waitFor();
      await admin.getByText('Căn cứ pháp lý').first().waitFor();
      await screen(admin, '47-admin-rules');
      await admin.getByRole('tab', { name: 'Lịch nghỉ lễ' }).click();
      await admin
        .getByText(/\d+ ngày nghỉ/)
        .first()
        .waitFor();
      await screen(admin, '48-admin-holidays');

      await admin
        .getByRole('navigation')
        .getByRole('link', { name: 'Biểu đồ', exact: true })
        .click();
      await admin.getByRole('heading', { level: 1, name: 'Biểu đồ thống kê' }).waitFor();
      await admin.getByText('Số quy trình bị kẹt theo lý do, 30 ngày gần nhất').waitFor();
      await screen(admin, '49-charts-admin');

      await leader
        .getByRole('navigation')
        .getByRole('link', { name: 'Biểu đồ', exact: true })
        .click();
      await leader.getByRole('heading', { level: 1, name: 'Biểu đồ thống kê' }).waitFor();
      await leader.getByRole('img', { name: /Biểu đồ cột: \d+ hồ sơ theo bước xử lý/ }).waitFor();
      await screen(leader, '50-charts');
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
      await officer.getByText('Ban hành quyết định khen thưởng').first().waitFor();
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

  step(
    "part 2's screens in English: the closed meeting, the decisions, the plan, the stuck workflows and the audit trail",
    async () => {
      const inEnglish = async (page: Page) => {
        await page.locator('.language-switch').getByText('English', { exact: true }).click();
        await page.locator('html[lang="en"]').waitFor();
      };
      await inEnglish(secretary);
      await secretary.getByRole('link', { name: MEETING_TITLE }).first().click();
      await secretary.getByText("The council's results").waitFor({ timeout: STEP_MS });
      await screen(secretary, '52-en-council-meeting-closed');

      await inEnglish(leader);
      await leader.goto(`${appUrl}/decisions?tab=issued`);
      await leader
        .getByRole('heading', { level: 1, name: 'Sign commendation decisions' })
        .waitFor();
      await leader
        .getByText(/\d+\/QĐ-UBND/)
        .first()
        .waitFor();
      await screen(leader, '53-en-decisions-issued');

      await inEnglish(reviewer);
      await reviewer.goto(`${appUrl}/plans`);
      await reviewer.getByRole('heading', { level: 2, name: 'Quarter 1' }).waitFor();
      await screen(reviewer, '54-en-plan');

      await inEnglish(admin);
      await admin.goto(`${appUrl}/admin/stuck`);
      await admin.getByRole('heading', { level: 1, name: 'Stuck workflows' }).waitFor();
      await screen(admin, '55-en-admin-stuck');
      await admin.goto(`${appUrl}/admin/audit`);
      await admin.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
      await admin.getByText('Failed activities retried').first().waitFor();
      await screen(admin, '56-en-admin-audit');
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
