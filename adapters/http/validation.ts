/**
 * How the API's routes validate what they are sent: Hono's validator with zod, declared on each
 * route (@hono/zod-openapi's createRoute), so the checks and the OpenAPI document come from the
 * same definition. Two things are ours, to keep the public contract as it always was:
 * - a failed check becomes the contract's error (INVALID_INPUT with each field's issue, or the
 *   code a route names for its path or query), thrown to the one app.onError;
 * - a body is read as JSON whatever its Content-Type says (clients have always sent it with
 *   curl -d or fetch's text/plain default), and a body that is not JSON is INVALID_JSON.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { ValidationTargets } from 'hono/types';
import type { z } from 'zod';
import { ApiError, invalidInput } from './errors.ts';

type Target = keyof ValidationTargets;
type Result = { target: Target } & ({ success: true } | { success: false; error: z.ZodError });

/**
 * The validators' hook: the contract's error for a failed check (INVALID_INPUT unless `codes` names one for the
 * target).
 */
export function refuseInvalid(codes: Partial<Record<Target, (c: Context) => ApiError>> = {}) {
  return (result: Result, c: Context): undefined => {
    if (result.success) return undefined;
    throw codes[result.target]?.(c) ?? invalidInput(result.error);
  };
}

/**
 * A request schema parsed synchronously by its route's validator. @hono/zod-validator always calls
 * safeParseAsync, which keeps zod off its compiled path for objects: for /api/v1/screen's body that
 * cost ~8 µs and ~13 KB of garbage a request, against ~4 µs and ~7 KB (measured 2026-12-06). The
 * answer and its issues are the same; a schema given an async check would throw here, not pass.
 * @hono/zod-validator's own `validationFunction` option would be the cleaner way, but
 * @hono/zod-openapi 1.6 builds its validators without options, so the schema carries the change.
 */
export function parsedSync<T extends z.ZodType>(schema: T): T {
  Object.defineProperty(schema, 'safeParseAsync', {
    value: async (data: unknown, params?: Parameters<T['safeParse']>[1]) => schema.safeParse(data, params),
  });
  return schema;
}

/** A group of API routes: validated by their definitions, failures mapped to the contract's errors. */
export function apiRoutes(): OpenAPIHono {
  return new OpenAPIHono({ defaultHook: refuseInvalid() });
}

/** What the JSON validator (and @hono/zod-openapi's media-type gate) accept as a JSON label. */
const JSON_LABEL = /^application\/([a-z.-]+\+)?json(;\s*[a-zA-Z0-9-]+=[^;]+)*$/i;

/**
 * Route middleware for JSON bodies, run before the validators: a body labelled otherwise (or not
 * at all) is relabelled so the validator reads it, as bodyLimit too replaces the request; then
 * the body is parsed once (Hono keeps it for the validator) and INVALID_JSON thrown if it is not JSON.
 */
export const jsonBody: MiddlewareHandler = async (c, next) => {
  if (!JSON_LABEL.test(c.req.header('content-type') ?? '')) {
    const headers = new Headers(c.req.raw.headers);
    headers.set('content-type', 'application/json');
    c.req.raw = new Request(c.req.raw, { headers });
  }
  try {
    await c.req.json();
  } catch {
    throw new ApiError(400, 'INVALID_JSON', '请求内容不是有效的 JSON。(body is not valid JSON)');
  }
  await next();
};
