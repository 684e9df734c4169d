/**
 * `doudi requests list|export [--status …] [--village …] [--program …] [--from YYYY-MM-DD]
 * [--to YYYY-MM-DD] [--page n]`: the staff console's list and CSV export for the server's
 * operator, through the same use cases (adapters/web/staff/cases/) and the same filter schema.
 * Contacts stay masked, as in the console; every export is audited (actor `system`).
 */
import { zodIssues } from '../http/errors.ts';
import { Sealer } from '../crypto/sealer.ts';
import { resolveDataKey } from '../runtime/data-key.ts';
import { loadVillages } from '../runtime/node-config.ts';
import { openNodeDb } from '../runtime/node-db.ts';
import { nodeSealPrimitives } from '../runtime/node-seal.ts';
import { OPERATOR, RequestCaseError, staffDesk } from '../web/staff/cases/desk.ts';
import { exportRequests } from '../web/staff/cases/export.ts';
import { listRequests, ListQuery } from '../web/staff/cases/list.ts';
import { S } from '../web/staff/messages.ts';

export const REQUESTS_USAGE = `  doudi requests list [--status <状态>] [--village <村代码>] [--program <项目>]
                     [--from <日期>] [--to <日期>] [--page <页>]
                               列出救助申请（联系人部分隐藏），与工作台的列表相同
  doudi requests export [同上的筛选条件]
                               把救助申请导出为 CSV（输出到标准输出，联系人部分隐藏），并记入操作记录
`;

const OPTIONS = ['status', 'village', 'program', 'from', 'to', 'page'] as const;

function fail(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function options(args: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i]!.replace(/^--/, '');
    const value = args[i + 1];
    if (!args[i]!.startsWith('--') || !(OPTIONS as readonly string[]).includes(name) || value === undefined)
      fail(2, `不认识的参数 ${args[i]}。(unknown argument)\n用法：\n${REQUESTS_USAGE}`);
    out[name] = value;
  }
  return out;
}

export async function requestsCommand(sub: string | undefined, args: string[]): Promise<void> {
  if (sub !== 'list' && sub !== 'export') fail(2, `用法：\n${REQUESTS_USAGE}`);
  const parsed = ListQuery.safeParse(options(args));
  if (!parsed.success)
    fail(
      2,
      `参数不对 (invalid arguments)：\n${zodIssues(parsed.error)
        .map((i) => `  - ${i.path}: ${i.message}`)
        .join('\n')}`,
    );
  const { page = 1, ...filters } = parsed.data;
  const databasePath = process.env['DATABASE_PATH'] ?? './data/doudi.db';
  let villages: ReturnType<typeof loadVillages>;
  try {
    villages = loadVillages(process.env['DOUDI_CONFIG'] || undefined);
  } catch (e) {
    fail(1, `DOUDI_CONFIG: ${(e as Error).message}`);
  }
  const { db, sqlite, atomic } = openNodeDb(databasePath);
  try {
    const sealer = await Sealer.fromKey(
      resolveDataKey(process.env['DOUDI_DATA_KEY'], databasePath, (line) => process.stderr.write(`${line}\n`)),
      nodeSealPrimitives,
    );
    const desk = staffDesk({
      db,
      atomic,
      sealer,
      villages,
      clock: { now: () => new Date(), today: () => new Date().toISOString().slice(0, 10) },
    });
    if (sub === 'export') {
      process.stdout.write((await exportRequests(desk, OPERATOR, filters)).csv);
      return;
    }
    const list = await listRequests(desk, OPERATOR, filters, page);
    const header = [
      S.list.reference,
      S.list.created,
      S.list.village,
      S.list.status,
      S.list.due,
      S.list.programs,
      S.list.contact,
      S.list.phone,
    ];
    const lines = list.rows.map((r) =>
      [
        `${r.reference}${r.urgent ? `（${S.list.urgent}）` : ''}`,
        r.created,
        r.village,
        r.status,
        r.due?.text ?? '—',
        r.programs,
        r.name,
        r.phone,
      ].join('\t'),
    );
    process.stdout.write(
      `${[header.join('\t'), ...lines].join('\n')}\n` +
        `${S.list.total(list.total)}，` +
        `${S.list.page(list.page, list.pages)}\n`,
    );
  } catch (e) {
    if (e instanceof RequestCaseError) fail(2, e.message);
    throw e;
  } finally {
    sqlite.close();
  }
}
