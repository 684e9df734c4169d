/**
 * Response headers for every route (the API, the resident link pages, /agent, /staff): the
 * pages are server-rendered with inline <style> and style attributes, and no script at all (the
 * agent page alone loads one script of this site's own), so the policy allows inline styles, images from this site (the
 * QR code) and forms posting back
 * here, and nothing else. No site may frame a page (the request confirmation shows a full name
 * and phone), no other site learns a link's token from the Referer (same-origin, not
 * no-referrer: with no-referrer a browser sends `Origin: null` on form posts, which the staff
 * console's same-origin check rightly refuses), and nothing is kept in a cache: every response
 * may carry personal data. HSTS only over https, where a browser heeds it.
 */
import type { Context, MiddlewareHandler, TypedResponse } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { JSONParsed } from 'hono/utils/types';

type SecureHeadersOptions = NonNullable<Parameters<typeof secureHeaders>[0]>;
import { type ClientOf, urlOnly } from './client.ts';

const common: SecureHeadersOptions = {
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    styleSrc: ["'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
  },
  referrerPolicy: 'same-origin',
  xFrameOptions: 'DENY',
  permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
};

/** The agent page loads one script of this site's own (copy the work-order summary). */
const withOwnScript: SecureHeadersOptions = {
  ...common,
  contentSecurityPolicy: { ...common.contentSecurityPolicy, scriptSrc: ["'self'"] },
};

const overHttp = secureHeaders({ ...common, strictTransportSecurity: false });
/** Hono's default value: 180 days, subdomains included. */
const overHttps = secureHeaders({ ...common, strictTransportSecurity: true });
const agentOverHttp = secureHeaders({ ...withOwnScript, strictTransportSecurity: false });
const agentOverHttps = secureHeaders({ ...withOwnScript, strictTransportSecurity: true });

/**
 * What secureHeaders sets with `common` (plus Cache-Control), as a plain record, for responses built
 * whole by `securedResponse`. test/http/security-headers.test.ts checks it against secureHeaders' own.
 */
const COMMON_RECORD: Readonly<Record<string, string>> = {
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Origin-Agent-Cluster': '?1',
  'Referrer-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-DNS-Prefetch-Control': 'off',
  'X-Download-Options': 'noopen',
  'X-Frame-Options': 'DENY',
  'X-Permitted-Cross-Domain-Policies': 'none',
  'X-XSS-Protection': '0',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; " +
    "frame-ancestors 'none'; base-uri 'none'",
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cache-Control': 'no-store',
};
const HTTPS_RECORD = { ...COMMON_RECORD, 'Strict-Transport-Security': 'max-age=15552000; includeSubDomains' };
/**
 * The record chosen for a request's responses outside /agent (absent when this middleware is not mounted), and the
 * mark of a response that already carries every header (the middleware leaves it as it is). Properties of the request's
 * own context and response rather than entries in a WeakMap and a WeakSet, which the garbage collector must go through
 * as well: ~3.2k instructions a request against ~70 (callgrind, a microbenchmark, 2026-12-07).
 */
const RECORD = Symbol('security headers record');
const COMPLETE = Symbol('security headers complete');
type Chosen = { [RECORD]?: Readonly<Record<string, string>> };
type Complete = { [COMPLETE]?: true };

/**
 * A response with this module's headers written in at construction, as one plain record: adding
 * them afterwards (secureHeaders, c.res.headers) makes @hono/node-server build a web Headers, set
 * thirteen values one by one and copy them out again (27 µs against 4 a response, measured 2026-12-06).
 */
export function securedResponse(c: Context, body: string, status: 200 | 400 | 401 | 413, type: string): Response {
  const record = (c as Context & Chosen)[RECORD];
  if (!record) return c.body(body, status, { 'content-type': type });
  const res = new Response(body, { status, headers: recordWithType(record, type) });
  (res as Response & Complete)[COMPLETE] = true;
  return res;
}

/**
 * Each record with each content type, built once and frozen (nothing downstream writes to it: @hono/node-server
 * copies a record before adding to it). Copying fourteen headers into a new record cost ~9.4k instructions a response
 * (callgrind, a microbenchmark, 2026-12-07) and 1 KiB of a WeChat delivery's ~84 KiB of garbage.
 */
const withType = new Map<Readonly<Record<string, string>>, Map<string, Readonly<Record<string, string>>>>();
function recordWithType(record: Readonly<Record<string, string>>, type: string): Readonly<Record<string, string>> {
  let byType = withType.get(record);
  if (!byType) {
    byType = new Map();
    withType.set(record, byType);
  }
  let typed = byType.get(type);
  if (!typed) {
    typed = Object.freeze({ ...record, 'content-type': type });
    byType.set(type, typed);
  }
  return typed;
}

/**
 * A JSON answer (the API's heavy routes) built the same way: through c.json the secureHeaders pass
 * and the web Headers it needs cost ~20 µs of a /api/v1/screen request's ~240 (measured 2026-12-06).
 */
export function securedJson<T extends object>(
  c: Context,
  value: T,
): Response & TypedResponse<JSONParsed<T>, 200, 'json'> {
  // Typed as c.json types its answer, so the route's declared 200 schema still checks what is sent.
  return securedResponse(c, JSON.stringify(value), 200, 'application/json') as Response &
    TypedResponse<JSONParsed<T>, 200, 'json'>;
}

const nothing = async () => {};

export function securityHeaders(client: ClientOf = urlOnly): MiddlewareHandler {
  return async (c, next) => {
    const agent = c.req.path === '/agent';
    const https = client(c).https;
    if (!agent) (c as Context & Chosen)[RECORD] = https ? HTTPS_RECORD : COMMON_RECORD;
    await next();
    if ((c.res as Response & Complete)[COMPLETE]) return;
    // secureHeaders sets its headers once the handler is done, so it is run after it, on nothing.
    await (agent ? (https ? agentOverHttps : agentOverHttp) : https ? overHttps : overHttp)(c, nothing);
    // On the response's own headers, as secureHeaders does: c.header() after the handler copies
    // the finished response into a new one (a full web Response, ~6% of a WeChat delivery's CPU).
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  };
}
