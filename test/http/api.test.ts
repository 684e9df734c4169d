// The HTTP API through app.request(): every route of the contract and its error codes, and a
// fuzz test that no input gives a 500.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../adapters/http/app.ts';
import { parseConfigText } from '../../adapters/config/load-config.ts';
import { builtInParameterSet, withOperatorConfig } from '../../screening/index.ts';
import { ELDERLY_ALONE } from '../support/households.ts';

const app = createApp({ parameters: builtInParameterSet(), today: () => '2026-11-24' });
const post = (body: string) =>
  app.request('/api/v1/screen', { method: 'POST', headers: { 'content-type': 'application/json' }, body });

const household = ELDERLY_ALONE;

describe('HTTP API', () => {
  it('GET /healthz', async () => {
    const res = await app.request('/healthz');
    expect(await res.json()).toEqual({ ok: true });
  });

  it('POST /api/v1/screen returns the contract report', async () => {
    const res = await post(JSON.stringify({ region: '140802', household }));
    expect(res.status).toBe(200);
    const r = (await res.json()) as {
      region: string;
      asOf: string;
      results: { program: string; verdict: string }[];
      nextSteps: string[];
      disclaimer: string;
    };
    expect(r.region).toBe('140802');
    expect(r.asOf).toBe('2026-11-24');
    expect(r.results.map((x) => x.program).sort()).toEqual([
      'dibao',
      'single_person_dibao',
      'tekun',
      'temporary_assistance',
    ]);
    expect(r.results.find((x) => x.program === 'tekun')?.verdict).toBe('likely');
    expect(r.disclaimer).toContain('示例数据');
  });

  it('bad input: 400 INVALID_JSON, INVALID_INPUT with issues; 413 BODY_TOO_LARGE; 404 JSON', async () => {
    expect(((await (await post('{bad')).json()) as { error: { code: string } }).error.code).toBe('INVALID_JSON');
    const invalid = await post(JSON.stringify({ region: '14', household: { members: [{ age: -3 }] }, extra: 1 }));
    expect(invalid.status).toBe(400);
    const body = (await invalid.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe('INVALID_INPUT');
    expect(body.error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['region', 'household.members.0.age']));
    const big = await post(JSON.stringify({ region: '140800', household: {}, pad: 'x'.repeat(300_000) }));
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { code: string } }).error.code).toBe('BODY_TOO_LARGE');
    const missing = await app.request('/nowhere');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });

  it('GET /api/v1/regions/{code}: city, county, errors', async () => {
    const r = (await (await app.request('/api/v1/regions/441781')).json()) as Record<string, unknown>;
    expect(r).toMatchObject({
      code: '441781',
      name: '阳春市',
      province: '广东省',
      asOf: '2026-11-24',
      demo: true,
      dibaoStandardMonthly: { urban: 1000, rural: 800 },
      edgeMultiplier: 1.5,
    });
    expect(Array.isArray(r['sources'])).toBe(true);
    expect((await app.request('/api/v1/regions/abc')).status).toBe(400);
    const unknown = await app.request('/api/v1/regions/110000');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('REGION_NOT_COVERED');
  });

  it('GET /api/v1/clauses/{id}', async () => {
    const c = (await (await app.request('/api/v1/clauses/mz2021-43.a5')).json()) as Record<string, string>;
    expect(c).toMatchObject({
      id: 'mz2021-43.a5',
      document: '特困人员认定办法',
      docNumber: '民发〔2021〕43号',
      section: '第五条',
    });
    expect(c['text']).toContain('60周岁以上');
    expect((await app.request('/api/v1/clauses/nope')).status).toBe(404);
  });

  it('POST /api/v1/ask answers with citations, or honestly without', async () => {
    const ask = (body: unknown) => app.request('/api/v1/ask', { method: 'POST', body: JSON.stringify(body) });
    const a = (await (await ask({ region: '140800', question: '五保户现在叫什么' })).json()) as {
      answer: string;
      citations: { id: string; docNumber: string }[];
      followUps: string[];
    };
    expect(a.citations[0]).toMatchObject({ id: 'mz2021-43.a4', docNumber: '民发〔2021〕43号' });
    expect(a.followUps.length).toBeGreaterThan(0);
    const none = (await (await ask({ region: '140800', question: '明天会下雨吗' })).json()) as { citations: unknown[] };
    expect(none.citations).toEqual([]);
    expect((await ask({ region: '140800', question: ' ' })).status).toBe(400);
    expect((await ask({ region: 'x', question: 'a' })).status).toBe(400);
  });

  it('GET /api/v1/openapi.json describes every route and the household', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          {
            requestBody?: {
              content: {
                'application/json': {
                  schema: { properties: Record<string, { properties?: Record<string, unknown> }> };
                };
              };
            };
          }
        >
      >;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/healthz',
        '/api/v1/screen',
        '/api/v1/regions/{code}',
        '/api/v1/clauses/{id}',
        '/api/v1/ask',
      ]),
    );
    const schema = doc.paths['/api/v1/screen']!['post']!.requestBody!.content['application/json'].schema;
    expect(Object.keys(schema.properties['household']!.properties!)).toEqual(
      expect.arrayContaining(['members', 'income', 'property', 'obligors', 'hardship']),
    );
  });

  it('the example operator configuration changes the figures and names its source', async () => {
    const text = readFileSync('adapters/config/doudi.config.example.yaml', 'utf8');
    const params = withOperatorConfig(builtInParameterSet(), parseConfigText(text, 'example'));
    const configured = createApp({ parameters: params, today: () => '2026-11-24' });
    const r = (await (await configured.request('/api/v1/regions/140800')).json()) as {
      dibaoStandardMonthly: unknown;
      demo: boolean;
      sources: { id: string }[];
    };
    expect(r.dibaoStandardMonthly).toEqual({ urban: 780, rural: 620 });
    expect(r.sources.map((s) => s.id)).toContain('yc-2026-standards');
    // Other figures (特困 standard, minimum wage) are still samples.
    expect(r.demo).toBe(true);
  });

  it('never answers 500 to arbitrary JSON', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.record({ region: fc.string(), household: fc.jsonValue() }),
          fc.record({ region: fc.constant('140800'), household: fc.object() }),
        ),
        async (body) => {
          const res = await post(JSON.stringify(body));
          expect([200, 400, 413]).toContain(res.status);
          const json = (await res.json()) as { results?: unknown; error?: { code: string } };
          expect(json.results !== undefined || typeof json.error?.code === 'string').toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
