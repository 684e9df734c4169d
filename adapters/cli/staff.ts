/**
 * `doudi staff add --username <u> --role village|township|county|admin|agent [--scope <code>] [--name <显示名>]`:
 * creates a console account; `doudi staff passwd --username <u>` sets a new password, ends the
 * name's sign-in wait and signs the account out everywhere; `doudi staff list` shows the
 * accounts. Passwords come from standard input (`--password-stdin` is accepted and is the only
 * way), never from an argument that shows in `ps` or shell history.
 */
import { readFileSync } from 'node:fs';
import { zodIssues } from '../http/errors.ts';
import { loadVillages } from '../runtime/node-config.ts';
import { openDatabase } from '../runtime/database.ts';
import { createStaffAccount, NewStaffAccount, StaffAccountError, USERNAME_RULES } from '../web/staff/accounts.ts';
import { hashPassword } from '../web/staff/password.ts';
import { StaffStore } from '../web/staff/store.ts';
import { loginKey } from '../web/staff/auth.ts';
import { Sealer } from '../crypto/sealer.ts';
import { dataKeyFor } from '../runtime/data-key.ts';
import { nodeSealPrimitives } from '../runtime/node-seal.ts';
import { S } from '../web/staff/messages.ts';
import { defaultParameters } from '../../screening/index.ts';

/** The city packages' sample villages, for trying the console without a configuration. */
function demoVillageList(): string {
  const villages = [...defaultParameters().cities.values()].flatMap((c) => c.demoVillages);
  return villages.map((v) => `${v.code}（乡镇 ${v.township.code}，县 ${v.region}）`).join('、');
}

export const STAFF_USAGE = `  doudi staff add --username <用户名> --role village|township|county|admin|agent
                  [--scope <村、乡镇或县代码>] [--name <显示名>]
                               创建工作台账号，密码从标准输入读取（例如 printf '%s' "$PW" | npx doudi staff add ... --password-stdin）
                               ${USERNAME_RULES}
                               角色：village 村（社区）、township 乡镇（街道）、county 县级民政、admin 管理员（看全部）、
                               agent 12345 坐席（只能查询有没有正在办理的申请）
                               没有配置文件时可用的示例村：${demoVillageList()}
  doudi staff passwd --username <用户名>
                               重设密码（从标准输入读取），同时解除锁定、让该账号在所有设备上退出登录
  doudi staff list             列出工作台账号（角色、范围、是否锁定）
`;

function fail(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function readPassword(): string {
  try {
    return readFileSync(0, 'utf8').replace(/\r?\n$/, '');
  } catch {
    return fail(2, '请从标准输入提供密码。(password on stdin)');
  }
}

export async function staffCommand(sub: string | undefined, args: string[]): Promise<void> {
  if (sub === 'add') return staffAdd(args);
  if (sub === 'passwd') return staffPasswd(args);
  if (sub === 'list') return staffList();
  fail(2, `用法：\n${STAFF_USAGE}`);
}

async function staffPasswd(args: string[]): Promise<void> {
  const i = args.indexOf('--username');
  const username = i >= 0 ? args[i + 1] : undefined;
  if (!username) fail(2, `请用 --username 指定账号。\n用法：\n${STAFF_USAGE}`);
  const parsed = NewStaffAccount.shape.password.safeParse(readPassword());
  if (!parsed.success) fail(2, parsed.error.issues.map((x) => x.message).join('；'));
  const { db, close, sqlitePath } = await openDatabase(process.env);
  try {
    const store = new StaffStore(db);
    const user = await store.userByName(username);
    if (!user) fail(2, `没有用户名为 ${username} 的账号。`);
    await store.setPassword(user.id, await hashPassword(parsed.data), Date.now());
    await store.clearAttempts(await loginKey(await openSealer(sqlitePath), username));
    await store.audit({
      at: new Date().toISOString(),
      actor: 'system',
      action: 'password_reset',
      referralId: null,
      detail: JSON.stringify({ user: user.id }),
    });
    process.stdout.write(`已重设 ${username} 的密码，锁定已解除，旧的登录已失效。\n`);
  } finally {
    await close();
  }
}

/** The data key, as the server finds it: sign-in throttling is keyed by a keyed hash of the name. */
async function openSealer(sqlitePath: string | undefined): Promise<Sealer> {
  return Sealer.fromKey(
    dataKeyFor(process.env, sqlitePath, () => {}),
    nodeSealPrimitives,
  );
}

async function staffList(): Promise<void> {
  const { db, close, sqlitePath } = await openDatabase(process.env);
  try {
    const now = Date.now();
    const sealer = await openSealer(sqlitePath);
    const store = new StaffStore(db);
    for (const u of await store.allUsers()) {
      const until = await store.lockedUntil(await loginKey(sealer, u.username));
      const state = u.disabled ? '已停用' : until !== null && until > now ? '锁定中' : '正常';
      process.stdout.write(
        `${u.username}\t${S.role[u.role] ?? u.role}\t${u.scope ?? '全部'}\t${u.displayName}\t${state}\n`,
      );
    }
  } finally {
    await close();
  }
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
  const password = readPassword();
  const parsed = NewStaffAccount.safeParse({
    username: opt('--username'),
    role: opt('--role'),
    scope: opt('--scope'),
    displayName: opt('--name'),
    password,
  });
  if (!parsed.success)
    fail(
      2,
      `参数不对 (invalid arguments)：\n${zodIssues(parsed.error)
        .map((i) => `  - ${i.path}: ${i.message}`)
        .join('\n')}\n用法：\n${STAFF_USAGE}`,
    );
  let villages: ReturnType<typeof loadVillages>;
  try {
    villages = loadVillages(process.env['DOUDI_CONFIG'] || undefined);
  } catch (e) {
    fail(1, `DOUDI_CONFIG: ${(e as Error).message}`);
  }
  const { db, close } = await openDatabase(process.env);
  try {
    const user = await createStaffAccount(new StaffStore(db), villages, parsed.data, new Date());
    const where = user.scope ? `，范围 ${user.scope}` : '';
    process.stdout.write(`已创建账号 ${user.username}（${S.role[user.role]}${where}）。登录地址：/staff/login\n`);
  } catch (e) {
    if (e instanceof StaffAccountError) fail(2, e.message);
    throw e;
  } finally {
    await close();
  }
}
