/**
 * GET /healthz (the process answers: always 200 {"ok":true}) and GET /readyz (the database takes
 * writes, probed the host's way through ../readiness.ts, 503 with a code when it does not).
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppDeps } from '../deps.ts';
import { checkReadiness } from '../readiness.ts';
import { json } from '../schemas.ts';
import { apiRoutes } from '../validation.ts';

const healthz = createRoute({
  method: 'get',
  path: '/healthz',
  summary: 'Liveness',
  responses: { 200: { description: 'OK', content: json(z.object({ ok: z.literal(true) })) } },
});

const readyz = createRoute({
  method: 'get',
  path: '/readyz',
  summary: 'Readiness: whether the database takes writes',
  responses: {
    200: { description: 'Ready', content: json(z.object({ ok: z.literal(true) })) },
    503: {
      description: 'Not ready (DB_NOT_WRITABLE, DISK_FULL, DB_TIMEOUT, DB_UNREACHABLE)',
      content: json(z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) })),
    },
  },
});

export function healthRoutes(deps: AppDeps) {
  return apiRoutes()
    .openapi(healthz, (c) => c.json({ ok: true as const }, 200))
    .openapi(readyz, async (c) => {
      const r = await checkReadiness(deps.ready);
      return r.ok
        ? c.json({ ok: true as const }, 200)
        : c.json({ ok: false as const, error: { code: r.code, message: r.message } }, 503);
    });
}
