/**
 * What the staff console's browser tests share: accounts made through the real CLI (as an office
 * would), a form submission that waits for the next page, and a page check at phone width (axe
 * finds no violation, nothing scrolls sideways, a screenshot kept in test-results/).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './axe.ts';
import { ROOT } from './node-server.ts';

/** Phone width the console is checked at. */
export const PHONE_WIDTH = 390;

/** `npx doudi staff add` for each [username, role, scope ('' for none)], the password on standard input. */
export function addStaff(
  env: Record<string, string>,
  password: string,
  accounts: readonly (readonly [string, string, string])[],
): void {
  for (const [username, role, scope] of accounts) {
    const args = [
      'staff',
      'add',
      '--username',
      username,
      '--role',
      role,
      ...(scope ? ['--scope', scope] : []),
      '--password-stdin',
    ];
    const add = spawnSync(process.execPath, [join(ROOT, 'adapters', 'cli', 'bin.mjs'), ...args], {
      input: password,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    if (add.status !== 0) throw new Error(add.stderr);
  }
}

/** Does `act` (a click that submits a form) and waits for the page it leads to. */
export const submitted = (p: Page, act: () => Promise<unknown>) =>
  Promise.all([p.waitForNavigation({ waitUntil: 'load' }), act()]);

/**
 * A checker for one test file's pages: `checked(page, shot)` asserts, saves `<prefix>-<shot>.png`
 * and gives the page's text.
 */
export function pageChecker(prefix: string, width = PHONE_WIDTH) {
  return async (page: Page, shot: string): Promise<string> => {
    expect(await axeViolations(page), shot).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), shot).toBeLessThanOrEqual(width);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: `test-results/${prefix}-${shot}.png`, fullPage: true });
    return (await page.textContent('body')) ?? '';
  };
}
