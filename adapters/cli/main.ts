/**
 * The command line: `doudi screen [file.json|-]` prints the ScreeningReport of one household
 * (exit 0), or a plain error (exit 2 for invalid input, 1 for a bad DOUDI_CONFIG); `link`,
 * `wechat menu`, `staff` (./staff.ts) and `requests` (./requests.ts, the console's use cases).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { renderSVG } from 'uqr';
import { createLink, CreateLink, linkUrl } from '../web/link/links.ts';
import { ConfigError, screen } from '../../screening/index.ts';
import { ScreenRequest } from '../http/routes/screen.ts';
import { zodIssues } from '../http/errors.ts';
import { chinaDate } from '../http/today.ts';
import { loadParameters, loadVillages } from '../runtime/node-config.ts';
import { defaultRegion } from '../config/cities.ts';
import { openDatabase } from '../runtime/database.ts';
import { DrizzleLinkStore, DrizzleTokenStore } from '../db/repositories.ts';
import { DOUDI_MENU, WechatApiClient } from '../wechat/api-client.ts';
import { requestsCommand, REQUESTS_USAGE } from './requests.ts';
import { staffCommand, STAFF_USAGE } from './staff.ts';

const USAGE = `用法 (usage):
  doudi screen [file.json|-]   评估一户家庭，- 表示从标准输入读取，输入为
                               {"region":"${defaultRegion()}","household":{...},"date"?:"YYYY-MM-DD"}
  doudi wechat menu            用 WECHAT_APPID / WECHAT_APPSECRET 创建公众号菜单（开始评估；常用：为什么、返回、我的回答、摘要、人工；申请政策：联系村委、政策问答）
  doudi link create --village <代码> [--region <地区代码>]
                               为村（社区）创建评估链接，打印链接并在当前目录保存二维码 SVG（不给地区代码时，用该村配置的地区，没有配置就用第一个已接入的市）
${STAFF_USAGE}${REQUESTS_USAGE}`;

async function linkCreate(args: string[]): Promise<void> {
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const env = process.env;
  const villages = loadVillages(env['DOUDI_CONFIG'] || undefined);
  const village = opt('--village');
  // Without --region: the village's own region, else the first registered city (from the city packages).
  const region =
    opt('--region') ??
    (village ? villages.get(village)?.region : undefined) ??
    defaultRegion(loadParameters(env['DOUDI_CONFIG'] || undefined));
  const parsed = CreateLink.safeParse({ village, region });
  if (!parsed.success)
    fail(
      2,
      `参数不对 (invalid arguments)：\n${zodIssues(parsed.error)
        .map((i) => `  - ${i.path}: ${i.message}`)
        .join('\n')}\n${USAGE}`,
    );
  const { db, close } = await openDatabase(env);
  const link = await createLink(new DrizzleLinkStore(db), parsed.data, new Date()).finally(close);
  const url = linkUrl(env['DOUDI_PUBLIC_URL'] ?? `http://127.0.0.1:${env['PORT'] ?? 8787}`, link.token);
  const file = `doudi-link-${parsed.data.village}-${link.token.slice(0, 6)}.svg`;
  writeFileSync(file, renderSVG(url));
  process.stdout.write(`${url}\n二维码已保存：${file}\n`);
  if (!villages.get(parsed.data.village)) {
    process.stderr.write(
      `提示：${parsed.data.village} 不在 DOUDI_CONFIG 配置的村（社区）中。居民可以评估，但发申请时要自己选村；请核对代码。\n`,
    );
  }
}

async function wechatMenu(): Promise<void> {
  const env = process.env;
  const missing = ['WECHAT_APPID', 'WECHAT_APPSECRET'].filter((k) => !env[k]);
  if (missing.length > 0) fail(2, `缺少环境变量 ${missing.join('、')}。(missing ${missing.join(', ')})`);
  const { db, close } = await openDatabase(env);
  const api = new WechatApiClient({
    appId: env['WECHAT_APPID']!,
    appSecret: env['WECHAT_APPSECRET']!,
    ...(env['WECHAT_API_BASE'] ? { apiBase: env['WECHAT_API_BASE'] } : {}),
    tokens: new DrizzleTokenStore(db),
  });
  try {
    await api.createMenu(DOUDI_MENU);
    process.stdout.write('公众号菜单已创建（客户端最多 5 分钟后刷新）。\n');
  } catch (e) {
    await close();
    fail(1, `创建菜单失败：${(e as Error).message}`);
  }
  await close();
}

function fail(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function readInput(arg: string | undefined): string {
  try {
    return arg === undefined || arg === '-' ? readFileSync(0, 'utf8') : readFileSync(arg, 'utf8');
  } catch (e) {
    return fail(2, `无法读取输入 ${arg ?? '-'}：${(e as Error).message}`);
  }
}

function main(argv: string[]): void {
  const [command, file] = argv;
  if (command === 'link' && file === 'create') {
    void linkCreate(argv.slice(2));
    return;
  }
  if (command === 'staff') {
    void staffCommand(file, argv.slice(2));
    return;
  }
  if (command === 'requests') {
    void requestsCommand(file, argv.slice(2));
    return;
  }
  if (command === 'wechat' && file === 'menu') {
    void wechatMenu();
    return;
  }
  if (command !== 'screen') fail(2, USAGE);
  let parameters: ReturnType<typeof loadParameters>;
  try {
    parameters = loadParameters(process.env['DOUDI_CONFIG']);
  } catch (e) {
    fail(1, e instanceof ConfigError ? e.message : `DOUDI_CONFIG: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(readInput(file));
  } catch {
    fail(2, '输入不是有效的 JSON。(input is not valid JSON)');
  }
  const parsed = ScreenRequest.safeParse(json);
  if (!parsed.success) {
    fail(
      2,
      `输入的数据格式不对 (invalid input)：\n${zodIssues(parsed.error)
        .map((i) => `  - ${i.path}: ${i.message}`)
        .join('\n')}`,
    );
  }
  const { region, household, date } = parsed.data;
  const report = screen(household, { region, date: date ?? chinaDate(), parameters });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main(process.argv.slice(2));
