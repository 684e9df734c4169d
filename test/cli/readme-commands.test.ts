// The README's staff console commands work as written on a fresh checkout with no configuration
// file (issue 17): the block under "### Staff console" is run line by line — `npx doudi` as the
// package's own bin, $PW a password — against a new database, each command exiting 0. The demo
// village codes it uses are the ones the README's table lists.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { villageDirectory } from '../../adapters/config/villages.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

function staffBlock(): string[] {
  const section = README.slice(README.indexOf('### Staff console'));
  const block = section.slice(section.indexOf('```sh') + 5, section.indexOf('```', section.indexOf('```sh') + 5));
  return block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.includes('npx doudi'));
}

describe('README examples without a configuration file', () => {
  it('lists every demo village code the directory has', () => {
    for (const v of villageDirectory({}).all()) {
      expect(README).toContain(`| \`${v.code}\` |`);
      expect(README).toContain(`\`${v.township.code}\``);
    }
  });

  it('runs the staff console commands as written', () => {
    const lines = staffBlock();
    expect(lines.length).toBeGreaterThanOrEqual(6);
    const dir = mkdtempSync(join(tmpdir(), 'doudi-readme-'));
    const bin = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(ROOT, 'adapters', 'cli', 'bin.mjs'))}`;
    const env = { ...process.env, PW: 'a long password 1', DATABASE_PATH: join(dir, 'd.db') } as Record<string, string>;
    delete env['DOUDI_CONFIG'];
    delete env['DATABASE_URL'];
    for (const line of lines) {
      // `passwd` reads the new password from standard input too.
      const command = line.replaceAll('npx doudi', bin).replace(/ {2,}#.*$/, '');
      const run = spawnSync(
        'sh',
        ['-c', command.includes('staff passwd') ? `printf '%s' "$PW" | ${command}` : command],
        { cwd: dir, env, encoding: 'utf8' },
      );
      expect(run.status, `${line}\n${run.stderr}`).toBe(0);
    }
  }, 120_000);
});
