/**
 * The client's address as this adapter sees it, only to count new dialogues per client (never
 * stored or logged). Three cases, most certain first:
 * - a host that hands over the socket (@hono/node-server's `c.env.incoming`): its peer, unless
 *   that is this machine or a private network — a reverse proxy — whose forwarded address is
 *   then taken as below;
 * - Workers (every request carries Cloudflare's `cf` object): CF-Connecting-IP, which Cloudflare
 *   sets and a client cannot;
 * - otherwise behind a reverse proxy (node.ts serves on 127.0.0.1 only and passes no socket): the
 *   last X-Forwarded-For entry, the address the proxy itself saw, or X-Real-IP. The proxy must
 *   set one of them (nginx: proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for).
 * An IPv6 client counts by its /64, which one home router hands out whole. A host that knows
 * better passes its own function (LinkDeps.clientAddress).
 */
import type { Context } from 'hono';

type NodeBindings = { incoming?: { socket?: { remoteAddress?: string } } };

export function clientAddress(c: Context): string {
  const peer = (c.env as NodeBindings | undefined)?.incoming?.socket?.remoteAddress;
  if (peer && !isInternal(peer)) return counted(peer);
  if (!peer && typeof (c.req.raw as Request & { cf?: unknown }).cf === 'object')
    return counted(c.req.header('cf-connecting-ip')?.trim() || 'unknown');
  const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() || c.req.header('x-real-ip')?.trim();
  return counted(forwarded || peer || 'unknown');
}

function ipv4(addr: string): number[] | undefined {
  const v4 = addr.startsWith('::ffff:') ? addr.slice(7) : addr;
  const parts = v4.split('.');
  if (parts.length !== 4) return undefined;
  const n = parts.map((p) =>
    p.length > 0 && p.length <= 3 && [...p].every((ch) => ch >= '0' && ch <= '9') ? Number(p) : NaN,
  );
  return n.every((x) => x >= 0 && x <= 255) ? n : undefined;
}

/** Loopback or a private network: a proxy in front of this server. */
export function isInternal(addr: string): boolean {
  const v4 = ipv4(addr);
  if (v4) {
    const [a, b] = v4 as [number, number];
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  const lower = addr.toLowerCase();
  return lower === '::1' || lower.startsWith('fc') || lower.startsWith('fd');
}

/** The key an address is counted under: IPv4 as is, IPv6 by its first four groups (/64). */
export function counted(raw: string): string {
  const addr = raw.slice(0, 64).toLowerCase().split('%')[0]!;
  const v4 = ipv4(addr);
  if (v4) return v4.join('.');
  if (!addr.includes(':')) return addr;
  const [head = '', tail, ...more] = addr.split('::');
  if (more.length > 0) return addr;
  const front = head ? head.split(':') : [];
  const back = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? front
      : [...front, ...Array<string>(Math.max(0, 8 - front.length - back.length)).fill('0'), ...back];
  if (groups.length < 4) return addr;
  const prefix = groups.slice(0, 4).map((g) => {
    const n = Number.parseInt(g, 16);
    return Number.isNaN(n) ? g : n.toString(16);
  });
  return `${prefix.join(':')}::/64`;
}
