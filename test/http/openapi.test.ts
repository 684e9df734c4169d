// The OpenAPI document is generated from the route definitions: every route of the assembled
// service is either in it (the JSON API, /healthz, /readyz) or is a page or a platform webhook,
// and nothing is documented that is not routed. The contract's routes keep their paths, status
// codes and error codes, and bodies are read as JSON whatever their Content-Type says.
import { describe, expect, it } from 'vitest';
import { assembled, PUBLIC_URL } from '../support/assembled.ts';
import { ELDERLY_ALONE } from '../support/households.ts';

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, { description: string }> }>>;
  components?: { securitySchemes?: Record<string, unknown> };
};

/** Not part of the JSON API: the resident and staff pages, and the platforms' webhooks (their own protocols). */
const NOT_API = [/^\/s\//, /^\/staff(\/|$)/, /^\/agent(\/|$)/, /^\/wechat$/, /^\/telegram$/];

/** The contract's routes (shared contract.md), with the statuses and error codes it names. */
const CONTRACT: [string, string, Record<string, string[]>][] = [
  ['get', '/healthz', { 200: [] }],
  ['get', '/api/v1/regions/{code}', { 200: [], 400: ['INVALID_REGION', 'INVALID_DATE'], 404: ['REGION_NOT_COVERED'] }],
  ['post', '/api/v1/screen', { 200: [], 400: ['INVALID_JSON', 'INVALID_INPUT'], 413: ['BODY_TOO_LARGE'] }],
  [
    'post',
    '/api/v1/hotline/intake',
    { 200: [], 400: ['INVALID_JSON', 'INVALID_INPUT', 'EMPTY_TEXT'], 413: ['TEXT_TOO_LONG'] },
  ],
  ['post', '/api/v1/ask', { 200: [], 400: ['INVALID_JSON', 'INVALID_INPUT', 'EMPTY_QUESTION'] }],
  ['get', '/api/v1/clauses/{id}', { 200: [], 404: ['CLAUSE_NOT_FOUND'] }],
  ['get', '/api/v1/openapi.json', { 200: [] }],
  ['post', '/api/v1/links', { 201: [], 401: ['UNAUTHORIZED'], 403: ['LINKS_DISABLED'] }],
];

async function service() {
  const s = await assembled({
    env: {
      DOUDI_ADMIN_TOKEN: 'adm',
      WECHAT_TOKEN: 't',
      WECHAT_APPID: 'wx1',
      WECHAT_APPSECRET: 's',
      TELEGRAM_BOT_TOKEN: '1:abc',
      TELEGRAM_WEBHOOK_SECRET: 's3cret',
    },
  });
  const doc = (await (await s.app.request(`${PUBLIC_URL}/api/v1/openapi.json`)).json()) as Doc;
  // Every (method, path) the app routes, in the document's spelling ({id} for :id); middleware is registered as ALL.
  const routed = new Set(
    s.app.routes
      .filter((r) => r.method !== 'ALL')
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
  );
  return { s, doc, routed };
}

describe('the generated OpenAPI document', () => {
  it('covers every route of the service that is not a page or a webhook, and documents nothing unrouted', async () => {
    const { doc, routed } = await service();
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`)),
    );
    const api = [...routed].filter((r) => !NOT_API.some((p) => p.test(r.split(' ')[1]!)));
    expect(api.length).toBeGreaterThanOrEqual(CONTRACT.length + 1);
    expect(api.filter((r) => !documented.has(r))).toEqual([]);
    expect([...documented].filter((r) => !routed.has(r))).toEqual([]);
    // The pages and webhooks are really there (the filter above is not hiding a typo).
    for (const r of ['get /agent', 'post /wechat', 'post /telegram', 'get /s/{token}', 'get /staff/requests'])
      expect(routed.has(r), r).toBe(true);
  });

  it("keeps the contract's paths, statuses and error codes", async () => {
    const { doc } = await service();
    expect(doc.openapi).toBe('3.1.0');
    for (const [method, path, statuses] of CONTRACT) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      for (const [status, codes] of Object.entries(statuses)) {
        const response = op!.responses[status];
        expect(response, `${method} ${path} ${status}`).toBeDefined();
        for (const code of codes) expect(response!.description, `${method} ${path} ${status}`).toContain(code);
      }
    }
    expect(doc.paths['/api/v1/screen']!['post']!.requestBody).toBeDefined();
    expect(doc.components?.securitySchemes?.['adminToken']).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('the request schemas in the document are the ones that validate: what it forbids is refused', async () => {
    const { s, doc } = await service();
    const screen = doc.paths['/api/v1/screen']!['post']!.requestBody as {
      content: { 'application/json': { schema: { required: string[]; additionalProperties: boolean } } };
    };
    const schema = screen.content['application/json'].schema;
    expect(schema.required).toEqual(expect.arrayContaining(['region', 'household']));
    expect(schema.additionalProperties).toBe(false);
    const post = (body: unknown) =>
      s.app.request(`${PUBLIC_URL}/api/v1/screen`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const extra = (await (await post({ region: '140800', household: ELDERLY_ALONE, extra: 1 })).json()) as {
      error: { code: string; issues: { path: string }[] };
    };
    expect(extra.error.code).toBe('INVALID_INPUT');
    const missing = (await (await post({ household: ELDERLY_ALONE })).json()) as {
      error: { code: string; issues: { path: string }[] };
    };
    expect(missing.error.issues.map((i) => i.path)).toContain('region');
  });
});

describe('JSON bodies, whatever their label', () => {
  it('are read as JSON without a Content-Type, with text/plain or a form label, as before', async () => {
    const { s } = await service();
    const body = JSON.stringify({ region: '140802', household: ELDERLY_ALONE });
    for (const headers of [
      {} as Record<string, string>,
      { 'content-type': 'text/plain;charset=UTF-8' },
      { 'content-type': 'application/x-www-form-urlencoded' },
      { 'content-type': 'application/json; charset=utf-8' },
    ]) {
      const res = await s.app.request(`${PUBLIC_URL}/api/v1/screen`, { method: 'POST', headers, body });
      expect(res.status, JSON.stringify(headers)).toBe(200);
      expect(((await res.json()) as { region: string }).region).toBe('140802');
    }
    const ask = await s.app.request(`${PUBLIC_URL}/api/v1/ask`, {
      method: 'POST',
      body: JSON.stringify({ region: '140800', question: '五保户现在叫什么' }),
    });
    expect(ask.status).toBe(200);
  });

  it('and a body that is not JSON is INVALID_JSON under any label', async () => {
    const { s } = await service();
    for (const headers of [
      {} as Record<string, string>,
      { 'content-type': 'application/json' },
      { 'content-type': 'text/plain' },
    ]) {
      const res = await s.app.request(`${PUBLIC_URL}/api/v1/hotline/intake`, {
        method: 'POST',
        headers,
        body: '{not json',
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('INVALID_JSON');
    }
  });

  it('the link API checks its token before reading the body', async () => {
    const { s } = await service();
    const res = await s.app.request(`${PUBLIC_URL}/api/v1/links`, {
      method: 'POST',
      headers: { authorization: 'Bearer nope' },
      body: '{not json',
    });
    expect(res.status).toBe(401);
    const ok = await s.app.request(`${PUBLIC_URL}/api/v1/links`, {
      method: 'POST',
      headers: { authorization: 'Bearer adm' },
      body: JSON.stringify({ village: 'demo-yc-1', region: '140802' }),
    });
    expect(ok.status).toBe(201);
  });
});
