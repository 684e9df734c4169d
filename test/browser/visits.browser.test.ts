// Visits, the assisted screening and the monthly report in a real browser (Debian Chromium driven
// by playwright-core) on the real server, every new page at phone width (390 px) and checked by
// axe: a village 协理员 records a visit to an old man living alone, is refused an ID number as the
// label, screens with him on the phone by tapping and typing, records his signed consent and
// makes the request in the same visit; the township opens its consolidated report for the month
// and its printable page. Screenshots in test-results/visits-*.png.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDataKey } from '../../adapters/crypto/sealer.ts';
import { addStaff, PHONE_WIDTH, pageChecker, submitted } from '../support/console-browser.ts';
import { freePort, launchChromium, type RunningServer, startServer } from '../support/node-server.ts';

const port = freePort();
const base = `http://127.0.0.1:${port}`;
const PASSWORD = 'village password 1';
const WIDTH = PHONE_WIDTH;
let server: RunningServer;
let browser: Browser;

const CONFIG = `
villages:
  - code: dongguo
    name: 东郭村
    township: { code: beicheng, name: 北城街道 }
    region: "140802"
  - code: xiguo
    name: 西郭村
    township: { code: beicheng, name: 北城街道 }
    region: "140802"
townships:
  - { code: beicheng, name: 北城街道 }
`;

beforeAll(async () => {
  browser = await launchChromium();
  const dir = mkdtempSync(join(tmpdir(), 'doudi-visits-browser-'));
  const configPath = join(dir, 'doudi.yaml');
  writeFileSync(configPath, CONFIG);
  const env = {
    DATABASE_PATH: join(dir, 'd.db'),
    DOUDI_DATA_KEY: newDataKey(),
    DOUDI_PUBLIC_URL: base,
    DOUDI_LOG: 'off',
    DOUDI_CONFIG: configPath,
  };
  addStaff(env, PASSWORD, [
    ['wang.xl', 'village', 'dongguo'],
    ['bc.town', 'township', 'beicheng'],
  ]);
  server = await startServer(env, { port });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const checked = pageChecker('visits', WIDTH);

async function signIn(page: Page, username: string) {
  await page.goto(`${base}/staff/login`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', PASSWORD);
  await submitted(page, () => page.click('button[type=submit]'));
}

describe('visits, assisted screening and the monthly report in a real browser', () => {
  it('records a visit, screens with the household, makes an assisted request, and reports the month', async () => {
    const phone = { viewport: { width: WIDTH, height: 844 }, deviceScaleFactor: 1 };
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await signIn(page, 'wang.xl');
    await page.goto(`${base}/staff/visits`);
    expect(await checked(page, 'list')).toContain('记一次走访');

    // An ID number as the label is refused in plain words; nothing is kept.
    await page.fill('input[name=label]', '140802195001011234');
    await page.check('input[name=focusGroup][value=elderly_alone]');
    await submitted(page, () => page.click('button:has-text("保存")'));
    expect(await checked(page, 'refused')).toContain('住户称呼不能用身份证号');

    await page.fill('input[name=label]', '南街刘家');
    await page.check('input[name=focusGroup][value=elderly_alone]');
    await page.check('input[name=changes][value=illness]');
    await page.fill('textarea[name=note]', '老人独居，腿疼');
    await submitted(page, () => page.click('button:has-text("保存")'));
    const detail = await checked(page, 'detail');
    expect(detail).toContain('南街刘家');
    expect(detail).toContain('大病');

    // The same dialogue as residents', tapped and typed on the phone.
    await submitted(page, () => page.click('a:has-text("开始帮助评估")'));
    expect(await checked(page, 'screen')).toContain('和居民一起回答');
    for (const text of ['78', '1', '1', '2', '一年一千二', '每月150', '5', '没有', '1', '1', '6']) {
      const button = page.locator(`form.choices button[value="${text}"]`);
      if (/^\d$/.test(text) && (await button.count()) > 0) await submitted(page, () => button.first().click());
      else
        await submitted(page, async () => {
          await page.fill('input[name=text]#answer', text);
          await page.click('form.card button');
        });
    }
    const result = await checked(page, 'result');
    expect(result).toContain('已完成评估');

    await submitted(page, () => page.click('a:has-text("转为救助申请")'));
    await page.fill('input[name=consentBy]', '户主本人');
    await page.check('input[name=consentHow][value=signed]');
    await page.fill('input[name=name]', '刘大山');
    await page.fill('input[name=phone]', '13812345678');
    await page.fill('input[name=callTime]', '上午');
    await submitted(page, () => page.click('button:has-text("居民已同意，提交申请")'));
    const made = await checked(page, 'request-made');
    const reference = made.match(/编号 (DD-[2-9A-Z]{6})/)?.[1];
    expect(reference).toBeDefined();
    expect(made).toContain('户主本人，签字同意');

    // The village's report for the month, then the township's consolidated one.
    await page.goto(`${base}/staff/reports`);
    await checked(page, 'reports');
    const month = await page.inputValue('input[name=month]');
    await submitted(page, () => page.click('button:has-text("生成报告")'));
    const village = await checked(page, 'village-report');
    expect(village).toContain(reference!);
    expect(village).not.toContain('刘大山');
    expect(village).not.toContain('南街刘家');

    const townPage = await (await browser.newContext(phone)).newPage();
    await signIn(townPage, 'bc.town');
    await townPage.goto(`${base}/staff/reports/show?month=${month}&of=township:beicheng`);
    const township = await checked(townPage, 'township-report');
    expect(township).toContain('各村（社区）情况');
    expect(township).toContain('西郭村');
    expect(township).toContain(reference!);
    await townPage.goto(`${base}/staff/visits`);
    expect(await checked(townPage, 'township-visits')).toContain('南街刘家');
  }, 120_000);
});
