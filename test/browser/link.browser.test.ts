// A real browser (Debian Chromium driven by playwright-core, installed by .ci/run) completes a
// screening from the staff link to the result on a 375-px-wide phone screen, using 返回 on the
// way, and saves a screenshot of the result (test-results/link-result.png).
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, launchChromium, type RunningServer, startServer } from '../support/node-server.ts';

const port = freePort();
const base = `http://127.0.0.1:${port}`;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  const dir = mkdtempSync(join(tmpdir(), 'doudi-browser-'));
  server = await startServer({ DATABASE_PATH: join(dir, 'd.db'), DOUDI_ADMIN_TOKEN: 'adm', DOUDI_PUBLIC_URL: base, DOUDI_LOG: 'off' }, { port });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('screening link in a real browser', () => {
  it('goes from the link to the result on a phone-sized screen', async () => {
    const created = await fetch(`${base}/api/v1/links`, { method: 'POST', headers: { authorization: 'Bearer adm', 'content-type': 'application/json' }, body: JSON.stringify({ village: '140802101', region: '140802' }) });
    const { url } = (await created.json()) as { url: string };
    const page = await browser.newPage({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 });
    await page.goto(url);
    expect(await page.textContent('body')).toContain('每个人的年龄');
    const answer = async (text: string) => {
      await page.fill('input[name=text]', text);
      await Promise.all([page.waitForLoadState('load'), page.click('form.answer button')]);
    };
    const tap = async (label: string) => {
      await Promise.all([page.waitForLoadState('load'), page.click(`button:has-text("${label}")`)]);
    };
    await answer('七十八岁');
    expect(await page.textContent('body')).toContain('你有残疾证吗');
    await tap('返回');
    expect(await page.textContent('body')).toContain('回到上一题');
    await answer('78');
    await tap('1. 没有'); // 残疾证
    await tap('1. 没有'); // 重病
    await tap('2. 种地、养殖、做小生意');
    await answer('一年一千二');
    await answer('每月150');
    await tap('5. 都没有'); // 车房
    await answer('0');
    await tap('1. 没有'); // 赡养义务人
    await tap('6. 都没有'); // 急难
    const body = await page.textContent('body');
    expect(body).toContain('估计结果如下');
    expect(body).toContain('特困人员救助供养（原来的“五保”）：可能符合');
    expect(body).toContain('示例数据');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/link-result.png', fullPage: true });
  }, 60_000);
});
