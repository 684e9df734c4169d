// The client's address as the Node host reads it (issue 14 A, F): the socket peer, with a
// proxy's X-Forwarded-For believed only from a proxy the operator named, and the unit limits
// count (an IPv4 address, an IPv6 /64).
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientKey, urlOnly } from '../../adapters/http/client.ts';
import { nodeClientOf, parseTrustedProxies } from '../../adapters/runtime/node-client.ts';
import { from } from '../support/assembled.ts';

async function seen(trusted: string[], env: object, headers: Record<string, string> = {}, url = 'http://doudi.test/') {
  const app = new Hono();
  const client = nodeClientOf(trusted);
  app.get('/', (c) => c.json(client(c)));
  return (await app.request(url, { headers }, env)).json();
}

describe('the client address on Node', () => {
  it('is the socket peer; X-Forwarded-* from anyone not trusted are ignored', async () => {
    expect(
      await seen([], from('203.0.113.9'), { 'x-forwarded-for': '10.0.0.1', 'x-forwarded-proto': 'https' }),
    ).toEqual({ ip: '203.0.113.9', https: false });
    expect(await seen(['127.0.0.1'], from('198.51.100.7'), { 'x-forwarded-for': '10.0.0.1' })).toEqual({
      ip: '198.51.100.7',
      https: false,
    });
    expect(await seen([], from('::ffff:203.0.113.9'))).toEqual({ ip: '203.0.113.9', https: false });
  });

  it('behind a trusted proxy: the right-most forwarded address that is not a trusted proxy', async () => {
    const trusted = ['127.0.0.1', '10.0.0.2'];
    expect(
      await seen(trusted, from('127.0.0.1'), { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' }),
    ).toEqual({ ip: '203.0.113.9', https: true });
    // What the client wrote itself comes first and is passed over.
    expect(await seen(trusted, from('127.0.0.1'), { 'x-forwarded-for': '1.2.3.4, 203.0.113.9, 10.0.0.2' })).toEqual({
      ip: '203.0.113.9',
      https: false,
    });
    expect(await seen(trusted, from('127.0.0.1'), { 'x-forwarded-for': 'garbage, 203.0.113.9' })).toEqual({
      ip: '203.0.113.9',
      https: false,
    });
    // Nothing forwarded: the proxy itself.
    expect(await seen(trusted, from('127.0.0.1'))).toEqual({ ip: '127.0.0.1', https: false });
  });

  it('says once when a forwarded header comes from a peer it does not trust (a proxy not configured yet)', async () => {
    const heard: unknown[] = [];
    const app = new Hono();
    const client = nodeClientOf([], (event, fields) => heard.push({ event, ...fields }));
    app.get('/', (c) => c.json(client(c)));
    for (let i = 0; i < 3; i++)
      await app.request('/', { headers: { 'x-forwarded-for': '203.0.113.9' } }, from('127.0.0.1'));
    await app.request('/', undefined, from('127.0.0.1'));
    expect(heard).toEqual([
      { event: 'client.forwarded_ignored', peer: '127.0.0.1', hint: expect.stringContaining('DOUDI_TRUSTED_PROXIES') },
    ]);
  });

  it('DOUDI_TRUSTED_PROXIES takes IP addresses only', () => {
    expect(parseTrustedProxies(undefined)).toEqual([]);
    expect(parseTrustedProxies('127.0.0.1, ::1  10.0.0.2')).toEqual(['127.0.0.1', '::1', '10.0.0.2']);
    expect(() => parseTrustedProxies('127.0.0.1,proxy.local')).toThrow(/proxy\.local/);
  });

  it('without a host resolver, the address is unknown and the URL gives the scheme', async () => {
    const app = new Hono();
    app.get('/', (c) => c.json(urlOnly(c)));
    expect(await (await app.request('https://doudi.test/')).json()).toEqual({ ip: undefined, https: true });
  });
});

describe('what a per-client limit counts', () => {
  it('an IPv4 address, an IPv6 /64, and one "unknown" for every client the host could not see', () => {
    expect(clientKey('203.0.113.9')).toBe('203.0.113.9');
    expect(clientKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:DB8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientKey(undefined)).toBe('unknown');
  });
});
