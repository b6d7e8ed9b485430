import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { WORKSPACE_ROOT } from '@tdkt/infra';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (never a downloaded browser); TDKT_CHROMIUM_PATH points elsewhere if needed. */
export const CHROMIUM = process.env.TDKT_CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where every screen's pictures go; CI keeps the folder (git-ignored). */
export const SCREENSHOTS = join(WORKSPACE_ROOT, 'test', 'artifacts', 'screenshots');

export const DESKTOP = { width: 1366, height: 768 } as const;
export const PHONE = { width: 390, height: 844 } as const;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/** A person's browser: Vietnamese, Vietnam's time zone, a desktop screen, downloads allowed. */
export function newPersonContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: DESKTOP,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
  });
}

/** A request the test makes fail on purpose (e.g. a refused upload), which the page may report. */
interface ExpectedFailure {
  url: RegExp;
  status: number;
}

/**
 * Everything that went wrong on a page that nobody meant: console errors, uncaught exceptions, failed
 * requests and error answers. A test declares the refusals it provokes; the rest fail it.
 */
export class PageProblems {
  private readonly problems: string[] = [];
  private readonly expected: ExpectedFailure[] = [];

  watch(page: Page, who: string): void {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const url = message.location().url;
      if (/Failed to load resource/.test(message.text()) && this.isExpected(url)) return;
      this.problems.push(`${who}: console error: ${message.text()} (${url})`);
    });
    page.on('pageerror', (error) => this.problems.push(`${who}: uncaught: ${error.message}`));
    page.on('requestfailed', (request) => {
      // Navigating away cancels what the previous screen was still fetching.
      if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
      this.problems.push(
        `${who}: request failed: ${request.url()} ${request.failure()?.errorText}`,
      );
    });
    page.on('response', (response) => {
      if (response.status() < 400) return;
      const expected = this.expected.find(
        (failure) => failure.url.test(response.url()) && failure.status === response.status(),
      );
      if (!expected) this.problems.push(`${who}: ${response.status()} from ${response.url()}`);
    });
  }

  /** Declares a refusal the next steps provoke on purpose. */
  expect(url: RegExp, status: number): void {
    this.expected.push({ url, status });
  }

  /** What went wrong so far (empty when nothing did). */
  list(): string[] {
    return [...this.problems];
  }

  private isExpected(url: string): boolean {
    return this.expected.some((failure) => failure.url.test(url));
  }
}

/** What axe-core found of serious or critical impact on the current screen. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
}

/**
 * Photographs the screen as it is, full page, at 1366×768 and at 390×844 (a phone), back to the
 * desktop size afterwards; checks at both sizes that nothing is wider than the screen.
 */
export async function photograph(page: Page, name: string): Promise<{ overflow: string[] }> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const overflow: string[] = [];
  // Each person is a page in its own context; headless Chromium may stop producing frames for a
  // page that is not in front, and a screenshot then waits for a frame that never comes.
  await page.bringToFront();
  for (const [size, viewport] of [
    ['1366x768', DESKTOP],
    ['390x844', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.waitForTimeout(400);
    const scrollWidth = await page.evaluate('document.documentElement.scrollWidth');
    if (typeof scrollWidth === 'number' && scrollWidth > viewport.width + 1)
      overflow.push(`${name} at ${size}: the page is ${scrollWidth}px wide`);
    await page.screenshot({
      path: join(SCREENSHOTS, `${name}-${size}.png`),
      fullPage: true,
      animations: 'disabled',
      timeout: 60_000,
    });
  }
  await page.setViewportSize(DESKTOP);
  await page.waitForTimeout(200);
  return { overflow };
}
