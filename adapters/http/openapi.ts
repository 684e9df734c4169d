/**
 * GET /api/v1/openapi.json, generated from the route definitions themselves (@hono/zod-openapi's
 * createRoute: path, method, parameters, body, responses), so the document cannot drift from
 * the routes. Every route group mounted on the app contributes its definitions, the channels'
 * and the link API's included; the document is built on first request, once all are mounted.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { json } from './schemas.ts';

const INFO = {
  title: 'doudi 兜底助手 API',
  version: '0.1.0',
  description:
    'Screening estimates for 低保, 单人保, 特困 and 临时救助, with cited clauses. Estimates only: the office decides.',
};

const route = createRoute({
  method: 'get',
  path: '/api/v1/openapi.json',
  summary: 'This document (OpenAPI 3.1)',
  responses: { 200: { description: 'OpenAPI document', content: json(z.record(z.string(), z.unknown())) } },
});

/** Serves the document of `app` (the root: every group is merged into it when mounted). */
export function serveOpenApi(app: OpenAPIHono): void {
  let document: Record<string, unknown> | undefined;
  app.openapi(route, (c) => {
    document ??= app.getOpenAPI31Document({ openapi: '3.1.0', info: INFO }) as unknown as Record<string, unknown>;
    return c.json(document, 200);
  });
}
