// The API's validators inside workerd: a JSON body is read whatever its label (the request is
// relabelled for Hono's validator, which workerd's immutable incoming headers must allow),
// refusals keep the contract's codes, and the generated document is served.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../adapters/http/app.ts';
import { builtInParameterSet } from '../../screening/index.ts';
import { ELDERLY_ALONE } from '../support/households.ts';

const app = createApp({ parameters: builtInParameterSet(), today: () => '2026-11-24' });
const body = JSON.stringify({ region: '140802', household: ELDERLY_ALONE });

describe('API validation on workerd', () => {
  it('reads JSON with or without a JSON label', async () => {
    for (const headers of [
      {} as Record<string, string>,
      { 'content-type': 'text/plain;charset=UTF-8' },
      { 'content-type': 'application/json' },
    ]) {
      const res = await app.fetch(
        new Request('https://doudi.example/api/v1/screen', { method: 'POST', headers, body }),
      );
      expect(res.status, JSON.stringify(headers)).toBe(200);
    }
  });

  it('refuses with the contract codes, and serves the document', async () => {
    const bad = await app.fetch(new Request('https://doudi.example/api/v1/screen', { method: 'POST', body: '{bad' }));
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('INVALID_JSON');
    const region = await app.fetch(new Request('https://doudi.example/api/v1/regions/abc?date=2026-02-30'));
    expect(((await region.json()) as { error: { code: string } }).error.code).toBe('INVALID_REGION');
    const date = await app.fetch(new Request('https://doudi.example/api/v1/regions/140800?date=2026-02-30'));
    expect(((await date.json()) as { error: { code: string } }).error.code).toBe('INVALID_DATE');
    const doc = (await (await app.fetch(new Request('https://doudi.example/api/v1/openapi.json'))).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/screen', '/api/v1/regions/{code}']));
  });
});
