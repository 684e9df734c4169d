// The 12345 agent page in a real browser (Debian Chromium, playwright-core) at phone width and
// at desk width: the pasted text stays after 评估, a place named in the text that differs from the
// chosen one is said, the whole work-order summary is visible without scrolling inside its box,
// one click copies it, and axe finds no violations on the empty page or the result page.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { freePort, launchChromium, type RunningServer, startServer } from '../support/node-server.ts';

const port = freePort();
const base = `http://127.0.0.1:${port}`;
let server: RunningServer;
let browser: Browser;

const CALL =
  '来电人（女，70岁），江城区某街道居民，城镇户口，独居，租房住，无车。每月领养老金约200元，无其他收入，无存款。儿子在外省打工，基本不给钱。诉求：咨询低保。';

beforeAll(async () => {
  browser = await launchChromium();
  const dir = mkdtempSync(join(tmpdir(), 'doudi-agent-browser-'));
  server = await startServer({ DATABASE_PATH: join(dir, 'd.db'), DOUDI_PUBLIC_URL: base, DOUDI_LOG: 'off' }, { port });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('agent page in a real browser', () => {
  it('the accessibility check finds what it should (an unlabelled textarea)', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<!doctype html><html ' +
        'lang="zh-CN"><head><title>t</title></head><body><main><textarea></textarea></main></body></html>',
    );
    expect((await axeViolations(page)).map((v) => v.id)).toContain('label');
    await page.close();
  });

  for (const width of [390, 1280]) {
    it(`keeps the text, warns about the place, shows and copies the ` +
      `whole summary, passes axe ` +
      `(${width} px)`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
      const page = await context.newPage();
      await page.goto(`${base}/agent`);
      expect(await axeViolations(page)).toEqual([]);

      await page.selectOption('#call-region', '140800');
      await page.fill('#call-text', CALL);
      await Promise.all([page.waitForLoadState('load'), page.click('form:has(#call-text) button[type=submit]')]);
      await page.waitForSelector('#summary-text');

      expect(await page.inputValue('#call-text')).toBe(CALL);
      const body = (await page.textContent('body')) ?? '';
      expect(body).toContain('摘要里说的地方是江城区');
      expect(body).toContain('运城市');
      // Understood facts in words a person reads, never a field path.
      expect(body).toContain('当事人');
      expect(body).not.toMatch(/members\[|income\.|property\.|obligors\./);

      const summary = await page.inputValue('#summary-text');
      expect(summary.split('\n').length).toBeGreaterThan(5);
      const box = await page.$eval('#summary-text', (el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
      expect(box.scroll).toBeLessThanOrEqual(box.client + 2);

      await page.click('#copy');
      await page.waitForFunction(() => document.getElementById('copied')?.textContent === '已复制');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(summary);

      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }, 60_000);
  }
});
