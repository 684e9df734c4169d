// The office side in a real browser (Debian Chromium driven by playwright-core) on the real server,
// every page at phone width (390 px) and checked by axe: a family with a fire at home sends an
// urgent request from the screening link; village staff (accounts made with `npx doudi staff add`)
// see it first in the list, add a note for the family with no status chosen, correct the household
// (the wife's age, the 户籍 found on the visit) and see the estimate on the corrected facts beside the original, print
// the corrected form and go back to the list, close it with a note; the family sees the notes
// newest first with tap-to-call numbers, and later answers the 回访 with one tap; the statistics
// show the answer; a 12345 agent signs in and learns only that an open case exists (of another
// household), and attaches the call; an admin reads the audit log. The sign-in, audit and outbox
// pages are checked too. Screenshots in test-results/office-*.png.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
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
let dbPath: string;

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
  const dir = mkdtempSync(join(tmpdir(), 'doudi-office-browser-'));
  dbPath = join(dir, 'd.db');
  const configPath = join(dir, 'doudi.yaml');
  writeFileSync(configPath, CONFIG);
  const env = {
    DATABASE_PATH: dbPath,
    DOUDI_DATA_KEY: newDataKey(),
    DOUDI_PUBLIC_URL: base,
    DOUDI_LOG: 'off',
    DOUDI_CONFIG: configPath,
    DOUDI_ADMIN_TOKEN: 'adm',
  };
  addStaff(env, PASSWORD, [
    ['wang.xl', 'village', 'dongguo'],
    ['hotline7', 'agent', ''],
    ['county.admin', 'admin', ''],
  ]);
  server = await startServer(env, { port });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const checked = pageChecker('office', WIDTH);

/** A family on the screening link: screening, then a request; returns its number. */
async function family(page: Page, url: string, answers: string[]): Promise<string> {
  await page.goto(url);
  for (const t of answers) {
    await submitted(page, async () => {
      await page.fill('input[name=text]', t);
      await page.click('form.answer button');
    });
  }
  const reference = (await page.textContent('body'))?.match(/申请编号：(DD-[2-9A-Z]{6})/)?.[1];
  expect(reference).toBeDefined();
  return reference!;
}

async function signIn(page: Page, username: string, shot?: string) {
  await page.goto(`${base}/staff/login`);
  if (shot) await checked(page, shot);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', PASSWORD);
  await submitted(page, () => page.click('button[type=submit]'));
}

describe('the office side in a real browser', () => {
  it('urgent first, a note for the family, a correction ' +
    're-screened and printed, notes on the link, the 回访, statistics, the ' +
    '12345 look-up', async () => {
    const created = await fetch(`${base}/api/v1/links`, {
      method: 'POST',
      headers: { authorization: 'Bearer adm', 'content-type': 'application/json' },
      body: JSON.stringify({ village: 'dongguo', region: '140802' }),
    });
    const { url } = (await created.json()) as { url: string };
    const phone = { viewport: { width: WIDTH, height: 844 }, deviceScaleFactor: 1 };
    const residentContext = await browser.newContext(phone);
    const resident = await residentContext.newPage();
    // Another household first (a plain request), then the family whose house burned down.
    const otherContext = await browser.newContext(phone);
    const plain = await family(await otherContext.newPage(), url, [
      '七十八岁',
      '没有',
      '1',
      '2',
      '一年一千二',
      '每月150',
      '5',
      '没有',
      '1',
      '6',
      '申请',
      '1',
      '李四',
      '13900001111',
      '1',
      '1',
      '1',
    ]);
    await otherContext.close();
    const reference = await family(resident, url, [
      '房子着火了，烧光了',
      '俺七十六，老伴七十三',
      '2',
      '没有',
      '1',
      '1',
      '没有',
      '5',
      '没有',
      '1',
      '申请',
      '1',
      '王秀英',
      '13812345678',
      '1',
      '1',
      '1',
    ]);
    const sent = await checked(resident, 'link-sent');
    expect(sent).toContain('已经标为紧急');
    expect(sent).toContain('会在 1 个工作日内打电话联系你');

    const staffContext = await browser.newContext(phone);
    const staff = await staffContext.newPage();
    await signIn(staff, 'wang.xl', 'login');
    const list = await checked(staff, 'list');
    expect(list.indexOf(reference)).toBeLessThan(list.indexOf(plain));
    expect(list).toContain('紧急');
    expect(list).toContain('还有');

    await submitted(staff, () => staff.click(`a:has-text("${reference}")`));
    const detail = await checked(staff, 'detail');
    expect(detail).toContain('紧急：居民报告了急难情况');
    expect(await staff.inputValue('select[name=to]')).toBe('');
    // A note alone, for the family, with no status chosen beforehand.
    await staff.selectOption('select[name=to]', 'note');
    await staff.fill('textarea[name=note]', '先行救助已报乡镇，有事打 0359-2345678');
    await staff.check('input[name=tell]');
    await submitted(staff, () => staff.click('button:has-text("保存")'));
    expect(await staff.textContent('body')).toContain('备注已记下，状态没有改');

    // After the visit: the wife is 74, not 73, and the household is rural. Corrected, and screened
    // again beside the original.
    const facts = await staff.inputValue('textarea[name=text]');
    const member2 = facts.split('\n').find((l) => l.startsWith('成员2：'))!;
    const fixed = facts
      .replace(member2, member2.replace(/关系 [^；]+/, '关系 配偶').replace('年龄 73', '年龄 74'))
      .replace(/户籍：.*/, '户籍：农村');
    await staff.fill('textarea[name=text]', fixed);
    await submitted(staff, () => staff.click('button:has-text("保存更正并重新评估")'));
    const corrected = await checked(staff, 'corrected');
    expect(corrected).toContain('按更正后的情况重新评估');
    expect(corrected).toContain('成员2 年龄：73 → 74');
    expect(corrected).toContain('户籍：未说明 → 农村');

    await submitted(staff, () => staff.click('a:has-text("打印申请表")'));
    const print = await checked(staff, 'print');
    expect(print).toContain('年龄 74');
    expect(print).toContain('户籍：农村');
    expect(print).toContain('已按工作人员电话或入户核实的情况更正');
    await submitted(staff, () => staff.click('a:has-text("返回列表")'));
    expect(staff.url()).toBe(`${base}/staff/requests`);

    // Contacted, visited, submitted, closed with a note for the family.
    await submitted(staff, () => staff.click(`a:has-text("${reference}")`));
    for (const [to, note] of [
      ['contacted', ''],
      ['visited', ''],
      ['submitted', ''],
      ['closed', '临时救助 3000 元已发放'],
    ] as const) {
      await staff.selectOption('select[name=to]', to);
      if (note) {
        await staff.fill('textarea[name=note]', note);
        await staff.check('input[name=tell]');
      }
      await submitted(staff, () => staff.click('button:has-text("保存")'));
    }
    expect(await staff.textContent('body')).toContain('状态已改为“已办结”');

    // The family's page: the notes, newest first, with numbers to call.
    await resident.goto(url);
    const notes = await checked(resident, 'link-notes');
    expect(notes).toContain(`你的申请（编号 ${reference}）现在的进展：已办结`);
    expect(notes.indexOf('临时救助 3000 元已发放')).toBeLessThan(notes.indexOf('先行救助已报乡镇'));
    expect(await resident.locator('a[href="tel:0359-2345678"]').count()).toBeGreaterThanOrEqual(2);
    expect(await resident.locator('a[href="tel:12345"]').count()).toBeGreaterThanOrEqual(1);
    expect(notes).not.toContain('村里或乡镇有人联系过你吗');

    // A week later (the request's last change moved back eight days): the 回访, one tap.
    const db = new Database(dbPath);
    db.pragma('busy_timeout = 5000');
    db.prepare('update referrals set updated_at = ? where reference = ?').run(
      new Date(Date.now() - 8 * 86_400_000).toISOString(),
      reference,
    );
    db.close();
    await resident.goto(url);
    const asked = await checked(resident, 'link-follow-up');
    expect(asked).toContain('村里或乡镇有人联系过你吗');
    await submitted(resident, () => resident.click('button:has-text("联系了，问题解决了")'));
    expect(await resident.textContent('body')).toContain('你的回访回答：联系了，问题解决了');

    await staff.goto(`${base}/staff/stats`);
    const stats = await checked(staff, 'stats');
    expect(stats).toContain('回访：解决了');
    expect(await staff.locator('td[data-label="回访：解决了"]').first().textContent()).toBe('1');
    await staffContext.close();

    // A 12345 agent: signed in, a look-up shows only that a case is open, its status and place.
    const agentContext = await browser.newContext(phone);
    const agent = await agentContext.newPage();
    await signIn(agent, 'hotline7');
    expect(agent.url()).toBe(`${base}/staff/lookup`);
    await checked(agent, 'lookup');
    await agent.fill('input[name=number]', '13900001111');
    await submitted(agent, () => agent.click('button:has-text("查询")'));
    const found = await checked(agent, 'lookup-found');
    expect(found).toContain('有一份正在办理的申请');
    expect(found).toContain('新提交');
    expect(found).not.toContain('李四');
    expect(found).not.toContain(plain);
    await agent.fill('textarea[name=summary]', '来电人称还没人联系，已告知等候村里电话。');
    await submitted(agent, () => agent.click('button:has-text("附上来电记录")'));
    expect(await checked(agent, 'lookup-attached')).toContain('已附到这份申请上');
    await agentContext.close();
    await residentContext.close();

    // An admin's pages: the audit log (the look-ups and the correction are there) and the outbox problems.
    const adminContext = await browser.newContext(phone);
    const admin = await adminContext.newPage();
    await signIn(admin, 'county.admin');
    await admin.goto(`${base}/staff/audit`);
    const audit = await checked(admin, 'audit');
    expect(audit).toContain('12345 查询');
    expect(audit).toContain('更正家庭情况');
    expect(audit).toContain('申请人回答回访');
    await admin.goto(`${base}/staff/outbox`);
    await checked(admin, 'outbox');
    await adminContext.close();
  }, 180_000);
});
