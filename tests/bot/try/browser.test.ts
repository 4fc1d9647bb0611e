// The try-it console in a real browser (Debian's chromium, driven by playwright-core): one person plays a mentee, the
// coordinator and a mentor on the page, as a trainer or a funder would. Screenshots of the page and of each seat are
// saved under tests/.artifacts/try-console/ when a test fails.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeOnSqlite, startConsoleApp, type ConsoleTestApp } from '../../support/try-console.js';

const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
const ARTIFACTS = path.resolve(import.meta.dirname, '../../.artifacts/try-console');
const haveChromium = fs.existsSync(CHROMIUM);
/** How long to wait for the page to show something: generous, for a busy CI machine. */
const WAIT = { timeout: 10_000 };

/** Run in the page (as a string: these tests are typed for Node, not the DOM): every visible text's contrast against
 * the background it sits on (WCAG 2 relative luminance; under 4.5:1 is reported), and every box without a label. */
const PAGE_CHECK = `(() => {
  const parse = (colour) => (colour.match(/[\\d.]+/g) || []).map(Number);
  const luminance = ([r, g, b]) => {
    const [R, G, B] = [r, g, b].map((v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const background = (el) => {
    for (let node = el; node; node = node.parentElement) {
      const [r, g, b, a = 1] = parse(getComputedStyle(node).backgroundColor);
      if (a > 0.5) return [r, g, b];
    }
    return [255, 255, 255];
  };
  const low = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || !node.textContent.trim() || el.offsetParent === null) continue;
    const fg = luminance(parse(getComputedStyle(el).color));
    const bg = luminance(background(el));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    if (ratio < 4.5) low.push(ratio.toFixed(2) + ': ' + node.textContent.trim().slice(0, 40));
  }
  const unlabelled = [...document.querySelectorAll('textarea, input, select')]
    .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label'))
    .map((el) => el.outerHTML.slice(0, 80));
  return { low, unlabelled, cards: document.querySelectorAll('li.card').length };
})()`;

if (!haveChromium && process.env['CI']) {
  // In CI the browser tests must run: .ci/run installs chromium first.
  throw new Error(`chromium is missing at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM`);
}
if (!haveChromium) {
  console.warn(`Try-it console browser tests skipped: no chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  describe.skip(`the try-it console in a browser (skipped: no chromium at ${CHROMIUM})`, () => {
    it('needs chromium', () => {});
  });
} else {
  browserTests();
}

function browserTests(): void {
  describeOnSqlite('the try-it console in a browser', (ctx) => {
    let t: ConsoleTestApp;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      [t, browser] = await Promise.all([
        startConsoleApp(ctx),
        chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] }),
      ]);
      page = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
      page.setDefaultTimeout(WAIT.timeout);
      await page.goto(`${t.baseUrl.replace('127.0.0.1', 'localhost')}/try`);
    });
    afterAll(async () => {
      await browser?.close();
      await t?.close();
    });
    beforeEach(({ task, onTestFailed }) => {
      onTestFailed(async () => {
        const dir = path.join(ARTIFACTS, task.name.replace(/[^\w-]+/g, '-').slice(0, 80));
        fs.mkdirSync(dir, { recursive: true });
        await page.screenshot({ path: path.join(dir, 'page.png'), fullPage: true });
        for (const seat of ['phone', 'coordinator', 'mentor']) {
          await seatOf(seat)
            .screenshot({ path: path.join(dir, `${seat}.png`) })
            .catch(() => undefined);
        }
      });
    });

    const seatOf = (name: string): Locator =>
      page.locator('section.seat').filter({ has: page.getByRole('heading', { name: new RegExp(name, 'i') }) });
    const phone = () => seatOf('phone');
    const sam = () => seatOf('coordinator');
    const jo = () => seatOf('mentor');

    /** Waits for the element to be shown (playwright-core has no expect of its own). */
    const shown = (locator: Locator, timeout = 10_000) => locator.waitFor({ state: 'visible', timeout });

    /** Types into a seat's box and sends with Enter, then waits for the bot's answer to say `expected`. */
    async function send(seat: Locator, text: string, expected?: RegExp): Promise<void> {
      const box = seat.getByRole('textbox');
      await box.fill(text);
      await box.press('Enter');
      const log = seat.getByRole('log').locator('visible=true');
      await expect.poll(() => log.locator('li.from-person').last().innerText(), WAIT).toContain(text);
      if (expected) await expect.poll(() => log.innerText(), WAIT).toMatch(expected);
    }

    it('a mentee goes from "hi" to the handoff, and Sam gets the handoff card', async () => {
      const steps: [string, RegExp][] = [
        ['hi', /not a clinical or crisis service/],
        ['yes', /18 or over/],
        ['yes', /live in Somerset/],
        ['Taunton', /What would you like us to call you/],
        ['Alex', /How old are you/],
        ['34', /what is going on for you/i],
        ['Lonely since I moved here', /help with/i],
        ['making friends', /work towards/],
        ['join a walking group', /another goal/i],
        ['done', /How would you like to meet/],
        ['in person', /What days or times/],
        ['weekday evenings', /make it easier/],
        ['rather not say', /in a mentor/],
        ['someone who gets it', /YES or NO/],
        ['yes', /SEND/],
        ['send', /passed/i],
      ];
      for (const [text, expected] of steps) await send(phone(), text, expected);
      // Each text says how many SMS it took.
      await shown(
        phone()
          .getByText(/\d SMS segments? \(GSM-7/)
          .first(),
      );
      await shown(sam().getByRole('button', { name: 'Claim' }));
      await expect.poll(() => sam().locator('li.card').last().innerText(), WAIT).toContain('Alex');
    });

    it('Sam claims the handoff and they talk both ways: Teams to text, text to Teams', async () => {
      await sam().getByRole('button', { name: 'Claim' }).click();
      await expect.poll(() => sam().getByRole('log').innerText(), WAIT).toMatch(/claimed by Sam|You have/i);
      await send(sam(), 'Hello Alex, I am Sam from Peer Connections. How are you today?');
      await expect
        .poll(() => phone().getByRole('log').locator('visible=true').innerText(), WAIT)
        .toMatch(/Hello Alex, I am Sam/);
      await shown(
        phone()
          .getByText(/sent later by the outbox/)
          .first(),
      );
      await send(phone(), 'Not bad thanks, a bit nervous');
      await expect.poll(() => sam().getByRole('log').innerText(), WAIT).toMatch(/a bit nervous/);
    });

    it('Sam shares with mentors, Jo could connect, Sam matches them, and Jo checks in after a session', async () => {
      await sam().getByRole('button', { name: 'Share with mentors' }).last().click();
      await shown(jo().getByRole('button', { name: 'I could connect' }).last());
      await jo().getByRole('button', { name: 'I could connect' }).last().click();
      await shown(sam().getByRole('button', { name: 'Match with Jo' }).last());
      await sam().getByRole('button', { name: 'Match with Jo' }).last().click();
      await expect.poll(() => jo().getByRole('log').innerText(), WAIT).toMatch(/matched with Alex/);
      await send(jo(), 'check in');
      await shown(jo().getByRole('button', { name: 'Send check-in' }).last());
      await jo().getByRole('button', { name: 'Send check-in' }).last().click();
      await expect.poll(() => jo().getByRole('log').innerText(), WAIT).toMatch(/Session 1 of 6-8/);
    });

    it('a crisis text from another mentee gets the crisis reply at once, and Sam an urgent card', async () => {
      await page.getByRole('button', { name: 'Add a mentee' }).click();
      await expect
        .poll(() => page.getByRole('button', { name: /Mentee 2/ }).getAttribute('aria-pressed'), WAIT)
        .toBe('true');
      await send(phone(), 'i want to end it all tonight', /Samaritans/);
      await shown(
        sam()
          .locator('li.card')
          .filter({ hasText: /URGENT/ })
          .last(),
      );
      await sam().getByRole('button', { name: 'Acknowledge' }).last().click();
      // The tap's answer replaces the card where it is: acknowledged, and asking what happened when Sam followed up.
      await expect
        .poll(
          () =>
            sam()
              .locator('li.card')
              .filter({ hasText: /URGENT/ })
              .last()
              .innerText(),
          WAIT,
        )
        .toMatch(/Acknowledged by Sam/);
    });

    it('the clock control moves the console a day on (what comes due is tested in console.test.ts)', async () => {
      const before = await page.locator('#clock-now').getAttribute('datetime');
      await page.getByRole('button', { name: '1 day later' }).click();
      await expect.poll(() => page.locator('#clock-now').getAttribute('datetime'), WAIT).not.toBe(before);
      const after = await page.locator('#clock-now').getAttribute('datetime');
      expect(Date.parse(after ?? '') - Date.parse(before ?? '')).toBeGreaterThanOrEqual(86_400_000);
    });

    it('keeps every text at WCAG AA contrast, cards included, and gives every box a label', async () => {
      const report = await page.evaluate<{ low: string[]; unlabelled: string[]; cards: number }>(PAGE_CHECK);
      expect(report.cards).toBeGreaterThan(2);
      expect(report.low).toEqual([]);
      expect(report.unlabelled).toEqual([]);
    });

    it('Start again (after saying yes) clears every seat and leaves one phone, ready for a new "hi"', async () => {
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Start again' }).click();
      await expect.poll(() => page.getByRole('button', { name: /^Mentee/ }).count(), { timeout: 15_000 }).toBe(1);
      await expect.poll(() => sam().locator('li.card').count(), { timeout: 15_000 }).toBe(0);
      await expect.poll(() => jo().locator('li.card').count(), WAIT).toBe(0);
      // Sam and Jo are greeted again by the new copy of the service.
      await expect.poll(() => sam().getByRole('log').innerText(), WAIT).toMatch(/Hi Sam/);
      await send(phone(), 'hi', /not a clinical or crisis service/);
    });

    it('refuses a browser whose request came through a proxy (not this machine)', async () => {
      const outsider = await browser.newPage({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.9' } });
      try {
        const res = await outsider.goto(`${t.baseUrl}/try`);
        expect(res?.status()).toBe(403);
        await shown(outsider.getByText(/only answers a browser on this machine/));
      } finally {
        await outsider.close();
      }
    });
  });
}
