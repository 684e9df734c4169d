// The baseline of the HTTP benchmarks: a bare Hono route on @hono/node-server, as its own process
// (plain JavaScript, so neither start time nor memory carries a TypeScript loader). Prints its port
// once listening.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/bare', (c) => c.json({ ok: true }));
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT ?? 0) }, (info) =>
  console.log(`listening ${info.port}`),
);
