// Issue 18 items 4 and 5 in a real browser (Debian Chromium driven by playwright-core) on the real
// server, at phone width (390 px), every new page checked by axe: families screen on the link (one
// finishes, one leaves); a 12345 agent (account made with `npx doudi staff add`) files a call with
// the caller's consent and its work-order number and reads the feedback; village staff change the
// status with a note for the resident, which the agent's page and the 12345 system's JSON show;
// county staff and an admin read the statistics in pictures and download the CSV.
// Screenshots in test-results/stats-*.png.
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
const TOKEN = 'county-feedback-token-0123456789';
let server: RunningServer;
let browser: Browser;

const CONFIG = `
villages:
  - code: dongguo
    name: 东郭村
    township: { code: beicheng, name: 北城街道 }
    region: "140802"
    contacts: [{ name: 王协理员, role: 社会救助协理员, phone: "0359-2345678" }]
townships:
  - { code: beicheng, name: 北城街道 }
counties:
  - { code: "140802", name: 盐湖区民政局 }
`;

beforeAll(async () => {
  browser = await launchChromium();
  const dir = mkdtempSync(join(tmpdir(), 'doudi-stats-browser-'));
  const configPath = join(dir, 'doudi.yaml');
  writeFileSync(configPath, CONFIG);
  const env = {
    DATABASE_PATH: join(dir, 'd.db'),
    DOUDI_DATA_KEY: newDataKey(),
    DOUDI_PUBLIC_URL: base,
    DOUDI_LOG: 'off',
    DOUDI_CONFIG: configPath,
    DOUDI_ADMIN_TOKEN: 'adm',
    DOUDI_HOTLINE_TOKENS: `140802=${TOKEN}`,
  };
  addStaff(env, PASSWORD, [
    ['wang.xl', 'village', 'dongguo'],
    ['hotline7', 'agent', '140802'],
    ['yanhu', 'county', '140802'],
    ['admin1', 'admin', ''],
  ]);
  server = await startServer(env, { port });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const checked = pageChecker('stats', WIDTH);

async function answer(page: Page, url: string, answers: string[]) {
  await page.goto(url);
  for (const t of answers) {
    await submitted(page, async () => {
      await page.fill('input[name=text]', t);
      await page.click('form.answer button');
    });
  }
}

async function signIn(page: Page, username: string) {
  await page.goto(`${base}/staff/login`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', PASSWORD);
  await submitted(page, () => page.click('button[type=submit]'));
}

describe('12345 feedback and the statistics in pictures in a real browser', () => {
  it(
    'files a call, feeds back each status change, and draws the s' + 'tatistics, at phone width with no axe violations',
    async () => {
      const phone = { viewport: { width: WIDTH, height: 844 }, deviceScaleFactor: 1 };
      const created = await fetch(`${base}/api/v1/links`, {
        method: 'POST',
        headers: { authorization: 'Bearer adm', 'content-type': 'application/json' },
        body: JSON.stringify({ village: 'dongguo', region: '140802' }),
      });
      const { url } = (await created.json()) as { url: string };
      for (const script of [
        ['七十八岁', '没有', '1', '2', '一年一千二', '每月150', '5', '没有', '1', '6'],
        ['七十岁'],
      ]) {
        const ctx = await browser.newContext(phone);
        await answer(await ctx.newPage(), url, script);
        await ctx.close();
      }

      const agentContext = await browser.newContext(phone);
      const agent = await agentContext.newPage();
      await signIn(agent, 'hotline7');
      await agent.goto(`${base}/staff/hotline/new`);
      const form = await checked(agent, 'file-call');
      expect(form).toContain('请把下面的话读给来电人听');
      await agent.fill('input[name=workOrder]', 'YC20261205-0007');
      await agent.selectOption('select[name=place]', 'v:dongguo');
      await agent.fill('input[name=name]', '赵春兰');
      await agent.fill('input[name=phone]', '13700001234');
      await agent.fill('textarea[name=summary]', '来电人72岁，独居，没有收入，没有存款，腿脚不便。');
      // Without the caller's consent nothing goes.
      await submitted(agent, () => agent.click('button:has-text("转给村委会")'));
      expect(await checked(agent, 'file-call-refused')).toContain('来电人同意后才能转给村委会');
      await agent.check('input[name=consent]');
      await submitted(agent, () => agent.click('button:has-text("转给村委会")'));
      const filed = await checked(agent, 'feedback-filed');
      expect(filed).toContain('已转给村委会，申请编号');
      expect(filed).toContain('新提交');

      const staffContext = await browser.newContext(phone);
      const staff = await staffContext.newPage();
      await signIn(staff, 'wang.xl');
      await submitted(staff, () => staff.click('a:has-text("DD-")'));
      await staff.selectOption('select[name=to]', 'contacted');
      await staff.fill('textarea[name=note]', '已约好周三上门');
      await staff.check('input[name=tell]');
      await submitted(staff, () => staff.click('button:has-text("保存")'));
      await staffContext.close();

      await agent.goto(`${base}/staff/feedback?workOrder=YC20261205-0007`);
      const fed = await checked(agent, 'feedback');
      expect(fed).toContain('已联系');
      expect(fed).toContain('已约好周三上门');
      expect(fed).not.toContain('赵春兰');
      const json = (await (
        await fetch(`${base}/api/v1/hotline/feedback?workOrder=YC20261205-0007`, {
          headers: { authorization: `Bearer ${TOKEN}` },
        })
      ).json()) as { items: { status: string; note?: string }[] };
      expect(json.items.map((i) => i.status)).toEqual(['new', 'contacted']);
      expect(json.items[1]!.note).toBe('已约好周三上门');
      await agentContext.close();

      for (const [user, shot] of [
        ['yanhu', 'charts-county'],
        ['admin1', 'charts-admin'],
      ] as const) {
        const ctx = await browser.newContext(phone);
        const page = await ctx.newPage();
        await signIn(page, user);
        await page.goto(`${base}/staff/charts`);
        const text = await checked(page, shot);
        expect(text).toContain('在哪一题离开');
        expect(await page.locator('svg[role=img] title').count()).toBeGreaterThanOrEqual(6);
        // Two screenings started, one request: shown as "<5", never as the number.
        expect(text).toContain('开始 <5 次');
        expect(text).toContain('新申请 <5 件');
        if (user === 'admin1') {
          await page.selectOption('select[name=channel]', 'web');
          await submitted(page, () => page.click('button:has-text("查看")'));
          await checked(page, 'charts-admin-web');
          expect(page.url()).toContain('channel=web');
        }
        await ctx.close();
      }
    },
  );
});
