/**
 * `doudi staff add --username <u> --role village|township|admin [--scope <code>] [--name <显示名>]`:
 * creates a console account. The password comes from standard input (`--password-stdin` is
 * accepted and is the only way), never from an argument that shows in `ps` or shell history.
 */
import { readFileSync } from 'node:fs';
import { zodIssues } from '../http/errors.ts';
import { loadVillages } from '../runtime/node-villages.ts';
import { openNodeDb } from '../runtime/node-db.ts';
import { createStaffAccount, NewStaffAccount, StaffAccountError } from '../web/staff/accounts.ts';
import { StaffStore } from '../web/staff/store.ts';
import { S } from '../web/staff/messages.ts';

export const STAFF_USAGE = `  doudi staff add --username <用户名> --role village|township|admin [--scope <村或乡镇代码>] [--name <显示名>]
                               创建工作台账号，密码从标准输入读取（例如 printf '%s' "$PW" | npx doudi staff add ... --password-stdin）
`;

function fail(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

export async function staffAdd(args: string[]): Promise<void> {
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const known = new Set(['--username', '--role', '--scope', '--name', '--password-stdin']);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!known.has(a)) fail(2, `不认识的参数 ${a}。(unknown argument)\n用法：\n${STAFF_USAGE}`);
    if (a !== '--password-stdin') i++;
  }
  let password: string;
  try {
    password = readFileSync(0, 'utf8').replace(/\r?\n$/, '');
  } catch {
    fail(2, '请从标准输入提供密码。(password on stdin)');
  }
  const parsed = NewStaffAccount.safeParse({ username: opt('--username'), role: opt('--role'), scope: opt('--scope'), displayName: opt('--name'), password });
  if (!parsed.success) fail(2, `参数不对 (invalid arguments)：\n${zodIssues(parsed.error).map((i) => `  - ${i.path}: ${i.message}`).join('\n')}\n用法：\n${STAFF_USAGE}`);
  let villages;
  try {
    villages = loadVillages(process.env['DOUDI_CONFIG'] || undefined);
  } catch (e) {
    fail(1, `DOUDI_CONFIG: ${(e as Error).message}`);
  }
  const { db, sqlite } = openNodeDb(process.env['DATABASE_PATH'] ?? './data/doudi.db');
  try {
    const user = await createStaffAccount(new StaffStore(db), villages, parsed.data, new Date());
    const where = user.scope ? `，范围 ${user.scope}` : '';
    process.stdout.write(`已创建账号 ${user.username}（${S.role[user.role]}${where}）。登录地址：/staff/login\n`);
  } catch (e) {
    if (e instanceof StaffAccountError) fail(2, e.message);
    throw e;
  } finally {
    sqlite.close();
  }
}
