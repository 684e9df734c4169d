// A real browser (Debian Chromium driven by playwright-core, installed by .ci/run) completes a
// screening from the staff link to the result on a 375-px-wide phone screen, using 返回 on the
// way, and saves a screenshot of the result (test-results/link-result.png). Then the probe of
// issue 14 in a real browser: a second tab and a double tap answer nothing the family did not
// see, and 删除我的信息 after a request staff have started on names it first, then withdraws it and
// says what was deleted and what was kept (test-results/link-deleted.png).
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { freePort, launchChromium, type RunningServer, startServer } from '../support/node-server.ts';

const port = freePort();
const base = `http://127.0.0.1:${port}`;
let server: RunningServer;
let browser: Browser;
let dbPath: string;

beforeAll(async () => {
  browser = await launchChromium();
  const dir = mkdtempSync(join(tmpdir(), 'doudi-browser-'));
  dbPath = join(dir, 'd.db');
  server = await startServer(
    { DATABASE_PATH: dbPath, DOUDI_ADMIN_TOKEN: 'adm', DOUDI_PUBLIC_URL: base, DOUDI_LOG: 'off' },
    { port },
  );
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('screening link in a real browser', () => {
  it('goes from the link to the result on a phone-sized screen', async () => {
    const created = await fetch(`${base}/api/v1/links`, {
      method: 'POST',
      headers: { authorization: 'Bearer adm', 'content-type': 'application/json' },
      body: JSON.stringify({ village: '140802101', region: '140802' }),
    });
    const { url } = (await created.json()) as { url: string };
    const page = await browser.newPage({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 });
    await page.goto(url);
    expect(await page.textContent('body')).toContain('都是谁、多大年纪');
    const answer = async (text: string) => {
      await page.fill('input[name=text]', text);
      await Promise.all([page.waitForLoadState('load'), page.click('form.answer button')]);
    };
    const tap = async (label: string) => {
      await Promise.all([page.waitForLoadState('load'), page.click(`button:has-text("${label}")`)]);
    };
    // A several-choice question: tick the boxes, then 选好了.
    const pick = async (...labels: string[]) => {
      for (const label of labels) await page.check(`label.pick:has-text("${label}") input`);
      await Promise.all([page.waitForLoadState('load'), page.click('button:has-text("选好了")')]);
    };
    await answer('七十八岁');
    expect(await page.textContent('body')).toContain('你有残疾证吗');
    await tap('返回');
    expect(await page.textContent('body')).toContain('回到上一题');
    await answer('78');
    await tap('1. 没有'); // 残疾证
    await tap('1. 没有'); // 重病
    expect(await axeViolations(page)).toEqual([]);
    await pick('2. 种地、养殖、做小生意');
    await answer('一年一千二');
    await answer('每月150');
    await pick('5. 都没有'); // 车房
    await answer('0');
    await tap('1. 农村户口'); // the estimate's standard
    await tap('1. 没有'); // 赡养义务人
    await pick('6. 都没有'); // 急难
    expect(await axeViolations(page)).toEqual([]);
    const body = await page.textContent('body');
    expect(body).toContain('估计结果如下');
    expect(body).toContain('先申请特困供养');
    expect(body).toContain('特困人员救助供养（原来的“五保”）：很可能符合');
    expect(body).toContain('示例数据');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/link-result.png', fullPage: true });
    // 为什么: the reasons, then each clause once, its wording folded until opened.
    await answer('为什么');
    expect(await page.textContent('body')).toContain('为什么这样估计');
    const folds = await page.locator('details').count();
    expect(folds).toBeGreaterThan(5);
    expect(await page.locator('details[open]').count()).toBe(0);
    await page.click('details >> nth=0 >> summary');
    expect(await page.locator('details[open]').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  }, 60_000);

  it('a second tab and a double tap answer nothing unseen; ' +
    'deleting names the request being handled, withdraws it and says ' +
    'what was kept', async () => {
    const created = await fetch(`${base}/api/v1/links`, {
      method: 'POST',
      headers: { authorization: 'Bearer adm', 'content-type': 'application/json' },
      body: JSON.stringify({ village: 'demo-yc-1', region: '140802' }),
    });
    const { url } = (await created.json()) as { url: string };
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const other = await context.newPage();
    const submitted = (p: Page, act: () => Promise<unknown>) =>
      Promise.all([p.waitForNavigation({ waitUntil: 'load' }), act()]);
    const answer = (p: Page, text: string) =>
      submitted(p, async () => {
        await p.fill('input[name=text]', text);
        await p.click('form.answer button');
      });
    const tap = (p: Page, label: string) => submitted(p, () => p.click(`button:has-text("${label}")`));
    await page.goto(url);
    await other.goto(url);
    await answer(page, '78');
    // The other tab still shows the first question: its answer is not taken for the next one.
    await answer(other, '80');
    expect(await other.textContent('body')).toContain('这一步已经回答过了，下面是现在的问题');
    expect(await other.textContent('body')).toContain('你有残疾证吗');
    await other.close();
    // A double tap on 没有 (残疾证) answers that question only.
    await page.dblclick('button:has-text("1. 没有")');
    await page.waitForSelector('text=你有没有得重病');
    expect(await page.textContent('body')).not.toContain('家里有哪些收入');
    await tap(page, '1. 没有'); // 重病
    for (const t of [
      '2',
      '一年一千二',
      '每月150',
      '5',
      '没有',
      '1',
      '1',
      '6',
      '申请',
      '1',
      '王秀英',
      '13812345678',
      '1',
      '1',
      '1',
    ])
      await answer(page, t);
    const reference = (await page.textContent('body'))?.match(/申请编号：(DD-[2-9A-Z]{6})/)?.[1];
    expect(reference).toBeDefined();
    // Village staff start on it (as the console would: the status column).
    const db = new Database(dbPath);
    db.pragma('busy_timeout = 5000');
    expect(db.prepare("update referrals set status = 'contacted' where reference = ?").run(reference).changes).toBe(1);
    db.close();
    await tap(page, '删除我的信息');
    // The warning names the request being handled before anything is deleted.
    expect(await page.textContent('body')).toContain(`你还有正在办理的申请：${reference}（已联系）`);
    expect(await axeViolations(page)).toEqual([]);
    await tap(page, '1. 确定删除');
    const done = await page.textContent('body');
    expect(done).toContain('已删除你在这里的全部回答');
    expect(done).toContain(`已撤回你的申请（编号 ${reference}），村里和乡镇不再办理`);
    expect(done).toContain('保留的只有：申请编号');
    expect(done).toContain('家里一起生活的有几个人');
    expect(await axeViolations(page)).toEqual([]);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/link-deleted.png', fullPage: true });
    // Opened again later: a fresh start, with nothing of the withdrawn request or the name.
    await page.goto(url);
    const later = await page.textContent('body');
    expect(later).not.toContain(reference!);
    expect(later).not.toContain('已删除');
    expect(later).not.toContain('王秀英');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await context.close();
  }, 60_000);
});
