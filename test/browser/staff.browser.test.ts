// The staff console in a real browser (Debian Chromium driven by playwright-core): the real
// server with a temp database and DOUDI_DATA_KEY, an account made with `npx doudi staff add`,
// requests in two villages. Village staff sign in on a phone-sized screen, see only their
// village's request, change its status, get 404 for the other village's request by URL, and the
// print page shows the same materials checklist as the detail page and prints to a 1–2 page A4
// PDF (test-results/staff-request-print.pdf).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDataKey, Sealer } from '../../adapters/crypto/sealer.ts';
import { referrals } from '../../adapters/db/schema.ts';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';
import { referralRow } from '../staff/support.ts';
import { freePort, launchChromium, ROOT, type RunningServer, startServer } from '../support/node-server.ts';

const port = freePort();
const base = `http://127.0.0.1:${port}`;
const PASSWORD = 'village password 1';
let server: RunningServer;
let browser: Browser;
let mine: string;
let other: string;

beforeAll(async () => {
  browser = await launchChromium();
  const dir = mkdtempSync(join(tmpdir(), 'doudi-staff-browser-'));
  const dbPath = join(dir, 'd.db');
  const key = newDataKey();
  const env = {
    DATABASE_PATH: dbPath,
    DOUDI_DATA_KEY: key,
    DOUDI_PUBLIC_URL: base,
    DOUDI_LOG: 'off',
    DOUDI_CONFIG: '',
  };
  const add = spawnSync(
    process.execPath,
    [
      join(ROOT, 'adapters', 'cli', 'bin.mjs'),
      'staff',
      'add',
      '--username',
      'yuncheng1',
      '--role',
      'village',
      '--scope',
      'demo-yc-1',
      '--name',
      '王协理员',
      '--password-stdin',
    ],
    { input: PASSWORD, encoding: 'utf8', env: { ...process.env, ...env } },
  );
  if (add.status !== 0) throw new Error(add.stderr);
  const { db, sqlite } = openNodeDb(dbPath);
  const sealer = await Sealer.fromKey(key);
  const a = await referralRow(sealer, 1, {
    village: 'demo-yc-1',
    name: '张建华',
    phone: '13812345678',
    idNumber: '14080219480101123X',
  });
  const b = await referralRow(sealer, 2, { village: 'demo-yc-2', name: '李四', phone: '13900001111' });
  await db.insert(referrals).values([a, b]);
  sqlite.close();
  mine = a.id;
  other = b.id;
  server = await startServer(env, { port });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('staff console in a real browser', () => {
  it('village staff see only their request, change its status, get' +
    ' 404 for another village, print to A4 PDF', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${base}/staff/requests`);
    expect(page.url()).toBe(`${base}/staff/login`);
    await page.fill('input[name=username]', 'yuncheng1');
    await page.fill('input[name=password]', PASSWORD);
    await Promise.all([page.waitForURL(`${base}/staff/requests`), page.click('button[type=submit]')]);
    const list = await page.textContent('body');
    expect(list).toContain('王协理员');
    expect(list).toContain('DD-000001');
    expect(list).not.toContain('DD-000002');
    expect(list).toContain('张*华');
    expect(list).not.toContain('张建华');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/staff-list.png', fullPage: true });

    await Promise.all([page.waitForURL(`${base}/staff/requests/${mine}`), page.click('a:has-text("DD-000001")')]);
    expect(await page.textContent('body')).toContain('13812345678');
    await page.selectOption('select[name=to]', 'contacted');
    await page.fill('textarea[name=note]', '已电话联系，约好周五入户');
    await Promise.all([page.waitForURL(/changed=contacted/), page.click('button:has-text("保存")')]);
    const detail = await page.textContent('body');
    expect(detail).toContain('状态已改为“已联系”');
    expect(detail).toContain('新提交 → 已联系');
    await page.screenshot({ path: 'test-results/staff-detail.png', fullPage: true });
    expect(await page.locator('section.materials').count()).toBe(1);
    const checklist = await page.locator('section.materials li').allTextContents();
    expect(checklist.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    const denied = await page.goto(`${base}/staff/requests/${other}`);
    expect(denied?.status()).toBe(404);
    expect(await page.textContent('body')).toContain('没有找到');
    expect(await page.textContent('body')).not.toContain('李四');

    const printed = await page.goto(`${base}/staff/requests/${mine}/print`);
    expect(printed?.status()).toBe(200);
    expect(await page.locator('section.materials').count()).toBe(1);
    // The form's documents are the detail page's, for the programs the form applies for.
    const printedItems = await page.locator('section.materials li').allTextContents();
    expect(printedItems.length).toBeGreaterThan(0);
    expect(checklist.filter((item) => printedItems.includes(item))).toEqual(printedItems);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: 'test-results/staff-request-print.png', fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync('test-results/staff-request-print.pdf', pdf);
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    const pages = text.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(pdf.length).toBeGreaterThan(10_000);
    await context.close();
  }, 90_000);
});
