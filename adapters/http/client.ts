/**
 * Who is asking, as the host sees it: the client's address (for per-client limits) and whether
 * the request reached us over https (for HSTS). Only the host knows where that comes from (the
 * socket on Node, with a proxy's X-Forwarded-* trusted only when the operator names the proxy;
 * Cloudflare's CF-Connecting-IP on Workers), so each runtime supplies a `ClientOf`; shared code
 * only reads it. Without one, the request's URL decides https and the address is unknown.
 */
import type { Context } from 'hono';

export interface ClientInfo {
  /** The client's IP address, or undefined when the host cannot tell. */
  ip: string | undefined;
  https: boolean;
}

export type ClientOf = (c: Context) => ClientInfo;

export const urlOnly: ClientOf = (c) => ({ ip: undefined, https: new URL(c.req.url).protocol === 'https:' });

/**
 * The unit a per-client limit counts: an IPv4 address, or an IPv6 address's /64 (one home or
 * office gets a whole /64, so counting single IPv6 addresses would let one client use billions).
 * Addresses the host could not tell share one key, "unknown".
 */
export function clientKey(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const address = ip.trim().toLowerCase().split('%')[0]!;
  if (!address.includes(':')) return address;
  // IPv4 written as IPv6 (::ffff:1.2.3.4, as a dual-stack socket reports it) is that IPv4 client.
  const mapped = /^::ffff:(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/.exec(address);
  if (mapped) return mapped[1]!;
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 at the end stands for two groups.
  const width = (groups: string[]) => groups.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(Math.max(0, 8 - width(left) - width(right))).fill('0'), ...right];
  const prefix = groups.slice(0, 4).map((g) => Number.parseInt(g || '0', 16));
  if (prefix.length < 4 || prefix.some((n) => !Number.isInteger(n) || n < 0 || n > 0xffff)) return address;
  return `${prefix.map((n) => n.toString(16)).join(':')}::/64`;
}
