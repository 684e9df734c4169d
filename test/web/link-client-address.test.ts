// Whom a new dialogue on the link page is counted against (adapters/web/link/client-address.ts):
// the socket's peer where the host hands it over; CF-Connecting-IP on Workers (requests there
// carry Cloudflare's `cf` object); otherwise, behind the reverse proxy node.ts serves behind, the
// proxy's X-Forwarded-For. A client cannot pick its own bucket with a header the proxy or
// Cloudflare does not set, and an IPv6 client counts by its /64.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddress, counted, isInternal } from '../../adapters/web/link/client-address.ts';

const app = new Hono().get('/', (c) => c.text(clientAddress(c)));

async function seen(headers: Record<string, string>, host: { peer?: string; workers?: boolean } = {}): Promise<string> {
  const req = new Request('http://doudi.test/', { headers });
  if (host.workers) Object.defineProperty(req, 'cf', { value: { colo: 'HKG' } });
  const env = host.peer ? { incoming: { socket: { remoteAddress: host.peer } } } : undefined;
  return (await app.request(req, undefined, env)).text();
}

describe('client address for the link page’s limit', () => {
  it('with the socket: its peer; headers the client sends are ignored', async () => {
    expect(await seen({}, { peer: '203.0.113.5' })).toBe('203.0.113.5');
    expect(
      await seen(
        { 'x-forwarded-for': '192.0.2.1', 'cf-connecting-ip': '192.0.2.2', 'x-real-ip': '192.0.2.3' },
        { peer: '203.0.113.5' },
      ),
    ).toBe('203.0.113.5');
    expect(await seen({}, { peer: '::ffff:203.0.113.5' })).toBe('203.0.113.5');
  });

  it(
    'a socket peer on this machine or a private network is a prox' + 'y: the last X-Forwarded-For entry, or X-Real-IP',
    async () => {
      expect(await seen({ 'x-forwarded-for': '6.6.6.6, 203.0.113.5' }, { peer: '127.0.0.1' })).toBe('203.0.113.5');
      expect(await seen({ 'x-forwarded-for': '203.0.113.5' }, { peer: '::ffff:10.1.2.3' })).toBe('203.0.113.5');
      expect(await seen({ 'x-real-ip': '203.0.113.6' }, { peer: '192.168.1.2' })).toBe('203.0.113.6');
    },
  );

  it('on Workers: CF-Connecting-IP, which Cloudflare sets; X-Forwarded-For is not believed there', async () => {
    expect(await seen({ 'cf-connecting-ip': '203.0.113.7', 'x-forwarded-for': '6.6.6.6' }, { workers: true })).toBe(
      '203.0.113.7',
    );
    expect(await seen({}, { workers: true })).toBe('unknown');
  });

  it(
    'without a socket or Cloudflare (node.ts behind its proxy): ' +
      'the proxy’s X-Forwarded-For; CF-Connecting-IP is not believed',
    async () => {
      expect(await seen({ 'x-forwarded-for': '6.6.6.6, 203.0.113.8', 'cf-connecting-ip': '192.0.2.2' })).toBe(
        '203.0.113.8',
      );
      expect(await seen({ 'cf-connecting-ip': '192.0.2.2' })).toBe('unknown');
    },
  );

  it('counts IPv6 by /64 and knows the internal ranges', () => {
    expect(counted('2001:db8:0:1:aaaa::1')).toBe('2001:db8:0:1::/64');
    expect(counted('2001:DB8:0000:0001:bbbb:cccc:dddd:eeee')).toBe('2001:db8:0:1::/64');
    expect(counted('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(counted('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(
      ['127.0.0.1', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.0.1', '::1', 'fd00::1'].every(isInternal),
    ).toBe(true);
    expect(['172.32.0.1', '8.8.8.8', '2001:db8::1', '::ffff:8.8.8.8', '1.2.3'].some(isInternal)).toBe(false);
  });
});
