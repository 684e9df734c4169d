/**
 * The client as the Node server sees it: the socket's peer address, and https when the socket
 * is TLS. Behind a reverse proxy every request comes from the proxy, so X-Forwarded-For and
 * X-Forwarded-Proto are read only when the peer is a proxy the operator named in
 * DOUDI_TRUSTED_PROXIES; from anyone else they are ignored, since a client can send any header.
 * The client is then the right-most X-Forwarded-For address that is not one of those proxies
 * (each proxy appends the address it received from; the left part is whatever the client wrote).
 */
import { isIP } from 'node:net';
import type { Context } from 'hono';
import type { ClientInfo, ClientOf } from '../http/client.ts';

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string; encrypted?: boolean } };
}

function normal(ip: string): string {
  const a = ip.trim().toLowerCase();
  return a.startsWith('::ffff:') && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
}

/** DOUDI_TRUSTED_PROXIES: addresses separated by commas or spaces; anything that is not an IP address is refused. */
export function parseTrustedProxies(text: string | undefined): string[] {
  const list = (text ?? '').split(/[\s,]+/).filter(Boolean);
  const bad = list.filter((a) => isIP(a) === 0);
  if (bad.length) throw new Error(`DOUDI_TRUSTED_PROXIES: not an IP address: ${bad.join(', ')}`);
  return list.map(normal);
}

/**
 * `log` hears once when a forwarded header comes from a peer not trusted: most likely a reverse
 * proxy DOUDI_TRUSTED_PROXIES does not name yet, so every client counts as that one proxy.
 */
export function nodeClientOf(
  trustedProxies: readonly string[] = [],
  log?: (event: string, fields: Record<string, unknown>) => void,
): ClientOf {
  const trusted = new Set(trustedProxies.map(normal));
  let warned = false;
  return (c: Context): ClientInfo => {
    const socket = (c.env as NodeBindings | undefined)?.incoming?.socket;
    const peer = socket?.remoteAddress ? normal(socket.remoteAddress) : undefined;
    const direct: ClientInfo = {
      ip: peer,
      // The request URL is serialised (lower-case scheme): its prefix is the protocol, no URL parsed per request.
      https: socket?.encrypted === true || c.req.url.startsWith('https:'),
    };
    if (!peer || !trusted.has(peer)) {
      if (!warned && log && c.req.header('x-forwarded-for') !== undefined) {
        warned = true;
        log('client.forwarded_ignored', {
          peer,
          hint: 'X-Forwarded-For from a peer not in DOUDI_TRUSTED_PROXIES is ignored',
        });
      }
      return direct;
    }
    const forwarded = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((a) => normal(a))
      .filter((a) => isIP(a) !== 0);
    let ip = peer;
    for (let i = forwarded.length - 1; i >= 0; i--) {
      ip = forwarded[i]!;
      if (!trusted.has(ip)) break;
    }
    const proto = (c.req.header('x-forwarded-proto') ?? '').split(',').pop()?.trim().toLowerCase();
    return { ip, https: direct.https || proto === 'https' };
  };
}
