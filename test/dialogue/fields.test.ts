// One field model (#16 item 4): every screening question and every step of a request to the
// village committee is a declared field with an id, a label, the facts it settles, a rule for when
// it applies, a prompt, a parse and re-ask words; the request's steps come in the order the
// module documents, and the steps a resident goes through are that order with the ones that do
// not apply passed over.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../bot/flows/screening/questions.ts';
import type { Field } from '../../bot/flows/field.ts';
import { REQUEST_FIELDS, type RequestCtx } from '../../bot/referral/fields.ts';
import type { VillageLookup, VillageOption } from '../../bot/ports.ts';
import { newState, type ReferralProgress } from '../../bot/state.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();

/** A city of `n` villages spread over `townships` townships (invented names). */
function lookup(n: number, townships: number): VillageLookup {
  const list: VillageOption[] = Array.from({ length: n }, (_, i) => ({
    code: `v${i}`,
    name: `第${i + 1}村`,
    township: { code: `t${i % townships}`, name: `第${(i % townships) + 1}镇` },
  }));
  return { inCity: () => list, get: (code) => list.find((v) => v.code === code) };
}

function requestCtx(villages: VillageLookup, p: Partial<ReferralProgress> = {}, tag?: string): RequestCtx {
  const state = { ...newState({ region: 'city', ...(tag ? { village: tag } : {}) }), mode: 'referral' as const };
  return { state, p: { step: 'consent', returnMode: 'result', ...p }, deps: { villages, keepDays: 180 } };
}

function expectDeclared(f: Field<never, never, { ok: true }>) {
  expect(f.id).toMatch(/^[a-z_A-Z]+$/);
  expect(f.label.length).toBeGreaterThan(0);
  for (const fn of [f.settles, f.applies, f.prompt, f.parse, f.reask]) expect(typeof fn).toBe('function');
}

describe('every field is declared whole', () => {
  it('each screening question has an id, a label, settles, applies, prompt, parse and re-ask words', () => {
    const ctx = { state: newState({ region: 'city' }), today: '2026-12-02', parameters };
    for (const q of QUESTIONS) {
      expectDeclared(q as unknown as Field<never, never, { ok: true }>);
      expect(q.reask(ctx).length, q.id).toBeGreaterThan(3);
    }
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
  });

  it('each request field has an id, a label, settles, applies, prompt, parse and re-ask words', () => {
    const ctx = requestCtx(lookup(3, 1));
    for (const f of REQUEST_FIELDS) {
      expectDeclared(f as unknown as Field<never, never, { ok: true }>);
      expect(f.reask(ctx).length, f.id).toBeGreaterThan(3);
      expect(f.prompt(ctx).type).toMatch(/^(text|choices)$/);
    }
  });

  it('a screening question applies while a fact it settles is missing; the region question before any report', () => {
    const noRegion = { state: newState(), today: '2026-12-02', parameters, missing: [] };
    expect(QUESTIONS.filter((q) => q.applies(noRegion)).map((q) => q.id)).toEqual(['region']);
    const missing = ['hukou', 'property.deposits'];
    const ctx = { state: newState({ region: 'city' }), today: '2026-12-02', parameters, missing };
    expect(QUESTIONS.filter((q) => q.applies(ctx)).map((q) => q.id)).toEqual(['hukou', 'deposits']);
  });
});

describe('the request fields in order', () => {
  // The order as fields.ts documents it in its header, "(township →)" and "(→ township)" being
  // the township's two places.
  const header = readFileSync(resolve(import.meta.dirname, '../../bot/referral/fields.ts'), 'utf8');
  const documented = header
    .match(/In order: ([^.]+)\./)![1]!
    .replace(/\s+\*\s+/g, ' ')
    .split('→')
    .map((s) => s.replace(/[()\s]/g, ''))
    .filter(Boolean);

  it('match the documented order', () => {
    const order = ['consent', 'name', 'phone', 'township', 'village', 'township', 'call_time', 'id_number', 'confirm'];
    expect(documented).toEqual(order);
    expect(REQUEST_FIELDS.map((f) => f.id)).toEqual(documented);
  });

  const steps = (c: RequestCtx) => REQUEST_FIELDS.filter((f) => f.applies(c)).map((f) => f.id);
  const base = ['consent', 'name', 'phone'];
  const tail = ['call_time', 'id_number', 'confirm'];
  const cases: [string, RequestCtx, string[]][] = [
    ['a few villages: the village only', requestCtx(lookup(5, 2)), [...base, 'village', ...tail]],
    ['the village tagged by the link: no place step', requestCtx(lookup(5, 2), {}, 'v1'), [...base, ...tail]],
    [
      'a few villages, the village not listed: its township next',
      requestCtx(lookup(5, 2), { unlisted: 'village' }),
      [...base, 'village', 'township', ...tail],
    ],
    ['many villages: township first', requestCtx(lookup(12, 2)), [...base, 'township', 'village', ...tail]],
    [
      'many villages, the township not listed: no village step',
      requestCtx(lookup(12, 2), { unlisted: 'township' }),
      [...base, 'township', ...tail],
    ],
  ];
  for (const [what, c, expected] of cases) {
    it(`${what}`, () => {
      const s = steps(c);
      expect(s).toEqual(expected);
      expect(new Set(s).size).toBe(s.length);
    });
  }
});
