/**
 * createApp(deps): the whole HTTP service as a Hono app. It speaks only Request → Response;
 * runtimes (adapters/runtime/node.ts, worker.ts) translate. Errors map to JSON in one onError.
 * The API's routes are declared with their schemas (@hono/zod-openapi), which both validate
 * requests and make the OpenAPI document; pages and webhooks are plain Hono routes.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Hono } from 'hono';
import type { BlankEnv } from 'hono/types';
import { limitBody } from './body-limit.ts';
import type { AppDeps } from './deps.ts';
import { ApiError, errorResponse } from './errors.ts';
import { serveOpenApi } from './openapi.ts';
import { LIMITED_PATHS, perClientLimit } from './rate-limit.ts';
import { securityHeaders } from './security-headers.ts';
import { healthRoutes } from './routes/health.ts';
import { askRoutes } from './routes/ask.ts';
import { hotlineRoutes } from './routes/hotline.ts';
import { agentPages } from '../web/agent/routes.tsx';
import { clauseRoutes } from './routes/clauses.ts';
import { regionRoutes } from './routes/regions.ts';
import { screenRoutes } from './routes/screen.ts';
import { corpusOf } from '../../content/clauses.ts';

export const MAX_API_BODY = 256 * 1024;

export function createApp(deps: AppDeps): Hono {
  // Every clause a source or a city package cites must resolve (GET /api/v1/clauses/{id}): a
  // configured city whose sources name a clause no document holds fails here, at start.
  corpusOf(deps.parameters);
  const app = new OpenAPIHono<BlankEnv>();
  const log = deps.log;
  // The host's metrics first, so they time everything below.
  if (deps.observe) app.use(deps.observe);
  // Then, so every answer gets them: 404s, errors and the channels' and pages' own routes too.
  app.use(securityHeaders(deps.client));
  if (log && deps.logRequests !== false) {
    // Method, path, status and time only: never bodies or query strings (personal data).
    app.use(async (c, next) => {
      const start = performance.now();
      await next();
      log('http', {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - start) * 10) / 10,
      });
    });
  }
  if (deps.publicLimit) for (const path of LIMITED_PATHS) app.use(path, perClientLimit(deps.publicLimit, deps.client));
  app.use(
    '/api/*',
    limitBody(MAX_API_BODY, () => {
      throw new ApiError(413, 'BODY_TOO_LARGE', '请求内容太大。(body too large)');
    }),
  );
  app.route('/', healthRoutes(deps));
  serveOpenApi(app);
  app.route('/', screenRoutes(deps));
  app.route('/', regionRoutes(deps));
  app.route('/', clauseRoutes(deps));
  app.route('/', askRoutes(deps));
  app.route('/', hotlineRoutes(deps));
  app.route('/', agentPages(deps));
  for (const channel of deps.channels ?? []) app.route('/', channel);
  app.notFound((c) => c.json({ error: { code: 'NOT_FOUND', message: '没有这个地址。(not found)' } }, 404));
  app.onError(errorResponse);
  return app;
}
