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
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

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

export function securityHeaders(client: ClientOf = urlOnly): MiddlewareHandler {
  return async (c, next) => {
    const agent = c.req.path === '/agent';
    const https = client(c).https;
    await (agent ? (https ? agentOverHttps : agentOverHttp) : https ? overHttps : overHttp)(c, next);
    // On the response's own headers, as secureHeaders does: c.header() after the handler copies
    // the finished response into a new one (a full web Response, ~6% of a WeChat delivery's CPU).
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  };
}
