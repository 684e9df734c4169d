/**
 * The Node host: the only place that reads process.env, opens SQLite and listens on a port.
 * `npm start` runs this file: migrations applied at start, demo figures unless DOUDI_CONFIG
 * names the operator's, channels switched off (and said so) when their variables are unset.
 */
import { serve } from '@hono/node-server';
import { createApp } from '../http/app.ts';
import { chinaDate } from '../http/today.ts';
import { DrizzleScreeningLog } from '../db/repositories.ts';
import { ConfigError } from '../../screening/index.ts';
import { openNodeDb } from './node-db.ts';
import { loadParameters } from './node-config.ts';

const env = process.env;
const port = Number(env['PORT'] ?? 8787);
const databasePath = env['DATABASE_PATH'] ?? './data/doudi.db';

let parameters;
try {
  parameters = loadParameters(env['DOUDI_CONFIG']);
} catch (e) {
  if (e instanceof ConfigError) console.error(e.message);
  else console.error(`DOUDI_CONFIG: ${(e as Error).message}`);
  process.exit(1);
}

const { db, sqlite } = openNodeDb(databasePath);
const log = (event: string, fields: Record<string, unknown>) => {
  if (env['DOUDI_LOG'] !== 'off') console.log(JSON.stringify({ t: new Date().toISOString(), event, ...fields }));
};
const app = createApp({ parameters, today: () => chinaDate(), log, screeningLog: new DrizzleScreeningLog(db) });

const channels: [string, string[]][] = [
  ['WeChat Official Account (/wechat)', ['WECHAT_TOKEN', 'WECHAT_APPID', 'WECHAT_APPSECRET', 'WECHAT_ENCODING_AES_KEY']],
  ['Telegram (/telegram)', ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_WEBHOOK_SECRET']],
];
for (const [name, vars] of channels) {
  const unset = vars.filter((v) => !env[v]);
  console.log(`${name}: off — ${unset.length > 0 ? `${unset.join(', ')} not set` : 'not wired into the server yet'}`);
}

const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port }, (info) => {
  console.log(`doudi listening on http://127.0.0.1:${info.port} (database ${databasePath}${env['DOUDI_CONFIG'] ? `, config ${env['DOUDI_CONFIG']}` : ', demo figures'})`);
});

function shutdown() {
  server.close(() => {
    sqlite.close();
    process.exit(0);
  });
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
