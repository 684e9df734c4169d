// The compact report of /api/v1/screen and /api/v1/hotline/intake: every field the public
// contract names by default, the same verdicts as the full report, and the trace (checks,
// parameters) only with ?trace=1.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../adapters/http/app.ts';
import { builtInParameterSet, type Household, screen } from '../../screening/index.ts';
import { ELDERLY_ALONE } from '../support/households.ts';

const parameters = builtInParameterSet();
const app = createApp({ parameters, today: () => '2026-11-24' });
const post = async (path: string, body: unknown) => {
  const res = await app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
};
type Result = Record<string, unknown> & { program: string; verdict: string };
const CONTRACT_RESULT_FIELDS = ['program', 'verdict', 'reasons', 'missing'];

describe('compact screening report', () => {
  it('keeps the contract fields and the verdicts, drops the trace unless asked', async () => {
    const full = screen(JSON.parse(JSON.stringify(ELDERLY_ALONE)) as Household, {
      region: '140802',
      date: '2026-11-24',
      parameters,
    });
    const compact = await post('/api/v1/screen', { region: '140802', household: ELDERLY_ALONE });
    for (const field of ['region', 'asOf', 'results', 'nextSteps', 'disclaimer', 'demo', 'regionName'])
      expect(compact).toHaveProperty(field);
    expect(compact).not.toHaveProperty('parameters');
    const results = compact['results'] as Result[];
    expect(results.map((r) => [r.program, r.verdict])).toEqual(full.results.map((r) => [r.program, r.verdict]));
    for (const r of results) {
      for (const field of CONTRACT_RESULT_FIELDS) expect(r).toHaveProperty(field);
      expect(r).not.toHaveProperty('checks');
    }
    // The estimate stays wherever the full report has one.
    expect(results.filter((r) => 'estimatedMonthlyAmount' in r).map((r) => r.program)).toEqual(
      full.results.filter((r) => r.estimatedMonthlyAmount).map((r) => r.program),
    );

    const traced = await post('/api/v1/screen?trace=1', { region: '140802', household: ELDERLY_ALONE });
    expect(traced).toEqual(JSON.parse(JSON.stringify(full)));
  });

  it('hotline intake: whole but for the report trace, which ?trace=1 adds', async () => {
    const body = {
      region: '140800',
      text: '盐湖区农村王大爷七十八岁，独居，无儿无女，没有残疾证，每月种地收入两百元。',
    };
    const compact = await post('/api/v1/hotline/intake', body);
    for (const field of ['household', 'report', 'questions', 'conditions', 'summary', 'facts', 'understood'])
      expect(compact).toHaveProperty(field);
    expect(compact['report']).not.toHaveProperty('parameters');
    const traced = await post('/api/v1/hotline/intake?trace=1', body);
    expect(traced['report']).toHaveProperty('parameters');
    expect((traced['report'] as { results: Result[] }).results.every((r) => Array.isArray(r['checks']))).toBe(true);
    const { report: _a, ...restCompact } = compact;
    const { report: _b, ...restTraced } = traced;
    expect(restCompact).toEqual(restTraced);
  });

  it('refuses a trace value other than 0 or 1', async () => {
    const res = await app.request('/api/v1/screen?trace=yes', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ region: '140802', household: ELDERLY_ALONE }),
    });
    expect(res.status).toBe(400);
  });
});
