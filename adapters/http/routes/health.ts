/**
 * GET /healthz (the process answers: always 200 {"ok":true}) and GET /readyz (the database takes
 * writes, probed the host's way through ../readiness.ts, 503 with a code when it does not).
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppDeps } from '../deps.ts';
import { checkReadiness } from '../readiness.ts';
import { securedJson } from '../security-headers.ts';
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

// /healthz is built whole with the security headers (../security-headers.ts): through c.json they are set one by one on
// a web Headers and copied out again, ~5% of a liveness probe's CPU (cpu profile, 2026-12-07).
export function healthRoutes(deps: AppDeps) {
  return apiRoutes()
    .openapi(healthz, (c) => securedJson(c, { ok: true as const }))
    .openapi(readyz, async (c) => {
      const r = await checkReadiness(deps.ready);
      return r.ok
        ? c.json({ ok: true as const }, 200)
        : c.json({ ok: false as const, error: { code: r.code, message: r.message } }, 503);
    });
}
