// Whom a new dialogue on the link page is counted against (adapters/web/link/client-address.ts):
// the socket's peer on Node, the proxy's X-Forwarded-For only when that peer is this machine or a
// private network, Cloudflare's CF-Connecting-IP only where there is no socket (Workers), and an
// IPv6 client by its /64. A client cannot pick its own bucket by sending a header.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddress, counted, isInternal } from '../../adapters/web/link/client-address.ts';

const app = new Hono().get('/', (c) => c.text(clientAddress(c)));
const seen = async (headers: Record<string, string>, remoteAddress?: string) =>
  (await app.request('/', { headers }, remoteAddress ? { incoming: { socket: { remoteAddress } } } : undefined)).text();

describe('client address for the link page’s limit', () => {
  it('on Node: the socket’s peer; headers a client sends are ignored', async () => {
    expect(await seen({}, '203.0.113.5')).toBe('203.0.113.5');
    expect(await seen({ 'x-forwarded-for': '192.0.2.1', 'cf-connecting-ip': '192.0.2.2', 'x-real-ip': '192.0.2.3' }, '203.0.113.5')).toBe('203.0.113.5');
    expect(await seen({}, '::ffff:203.0.113.5')).toBe('203.0.113.5');
  });

  it('behind a proxy on this machine or a private network: the last X-Forwarded-For entry, or X-Real-IP', async () => {
    expect(await seen({ 'x-forwarded-for': '6.6.6.6, 203.0.113.5' }, '127.0.0.1')).toBe('203.0.113.5');
    expect(await seen({ 'x-forwarded-for': '203.0.113.5' }, '::ffff:10.1.2.3')).toBe('203.0.113.5');
    expect(await seen({ 'x-real-ip': '203.0.113.6' }, '192.168.1.2')).toBe('203.0.113.6');
    expect(await seen({}, '::1')).toBe('0:0:0:0::/64');
  });

  it('on Workers (no socket): CF-Connecting-IP, which Cloudflare sets', async () => {
    expect(await seen({ 'cf-connecting-ip': '203.0.113.7' })).toBe('203.0.113.7');
    expect(await seen({})).toBe('unknown');
  });

  it('counts IPv6 by /64 and knows the internal ranges', () => {
    expect(counted('2001:db8:0:1:aaaa::1')).toBe('2001:db8:0:1::/64');
    expect(counted('2001:DB8:0000:0001:bbbb:cccc:dddd:eeee')).toBe('2001:db8:0:1::/64');
    expect(counted('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(counted('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(['127.0.0.1', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.0.1', '::1', 'fd00::1'].every(isInternal)).toBe(true);
    expect(['172.32.0.1', '8.8.8.8', '2001:db8::1', '::ffff:8.8.8.8', '1.2.3'].some(isInternal)).toBe(false);
  });
});
