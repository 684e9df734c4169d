// The JSON API as the heavy-route benchmark measures it (`npm run bench -- http`): the service's
// app (adapters/http/app.ts) with the default parameters and a fixed date, no database, on
// @hono/node-server. The bench compiles it with the production build's options
// (adapters/runtime/build.ts), since production runs compiled JavaScript: through tsx the same
// routes cost ~1.5–2× the CPU (README, "Performance"). Prints its port once listening.
import { serve } from '@hono/node-server';
import { createApp } from '../../../adapters/http/app.ts';
import { defaultParameters } from '../../../screening/index.ts';

const app = createApp({ parameters: defaultParameters(), today: () => '2026-11-24' });
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env['PORT'] ?? 0) }, (info) =>
  console.log(`listening ${info.port}`),
);
