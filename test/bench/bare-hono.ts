/**
 * The baseline for `npm run bench:load`: a bare Hono route on @hono/node-server, run as its own
 * process so its peak memory is measured apart from the service's. Prints its port once listening.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';

const app = new Hono();
app.get('/bare', (c) => c.json({ ok: true }));
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => console.log(`listening ${info.port}`));
