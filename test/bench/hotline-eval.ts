/**
 * Hotline extraction evaluation over test/fixtures/hotline/eval.yaml: field-level precision,
 * recall and F1 of the extracted facts, and agreement of the four verdicts between screening
 * the extracted facts and screening the expected ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { extractFacts } from '../../bot/extract/extract.ts';
import { type Household, type Member, screen } from '../../screening/index.ts';

/** Expected facts, written compactly: totals for support and expenses, `none` for "no income". */
interface Expected {
  hukou?: 'urban' | 'rural';
  size?: number;
  members?: Pick<Member, 'age' | 'hasDisability' | 'disability' | 'seriousIllness'>[];
  income?: { none?: boolean; wages?: number; business?: number; property?: number; pensions?: number; basicPension?: number; support?: number };
  property?: { deposits?: number; vehicles?: number; houses?: number };
  obligors?: { exist?: boolean };
  currentBenefits?: { dibao?: boolean; tekun?: boolean };
  hardship?: { events?: { kind: string }[]; basicLivingSevere?: boolean; expenses?: number };
}

export interface HotlineCase {
  r: string;
  t: string;
  h: Expected;
}

export function loadHotlineEval(): HotlineCase[] {
  return parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'hotline', 'eval.yaml'), 'utf8')) as HotlineCase[];
}

function fromHousehold(h: Household): Expected {
  const inc = h.income;
  const zero = inc && inc.wages === 0 && inc.business === 0 && inc.pensions === 0 && (inc.support ?? []).length === 0;
  const events = h.hardship?.events ?? [];
  const expenses = (h.hardship?.expenses ?? []).reduce((s, e) => s + e.amount, 0);
  return {
    ...(h.hukou ? { hukou: h.hukou } : {}),
    ...(h.members ? { size: h.members.length, members: h.members } : h.size !== undefined ? { size: h.size } : {}),
    ...(inc
      ? {
          income: zero
            ? { none: true }
            : { wages: inc.wages, business: inc.business, property: inc.property, pensions: inc.pensions, basicPension: inc.basicPension, support: inc.support?.reduce((s, x) => s + x.amount, 0) },
        }
      : {}),
    ...(h.property ? { property: h.property } : {}),
    ...(h.obligors ? { obligors: { exist: h.obligors.exist } } : {}),
    ...(h.currentBenefits ? { currentBenefits: h.currentBenefits } : {}),
    ...(h.hardship
      ? { hardship: { events, basicLivingSevere: events.find((e) => e.basicLivingSevere !== undefined)?.basicLivingSevere, ...(expenses ? { expenses } : {}) } }
      : {}),
  };
}

/** Facts as key → value, in one vocabulary for expected and extracted alike. */
function flatten(e: Expected): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const put = (k: string, v: unknown) => {
    if (v !== undefined) out.set(k, v);
  };
  put('hukou', e.hukou);
  put('size', e.size);
  e.members?.forEach((m, i) => {
    put(`m${i}.age`, m.age);
    put(`m${i}.hasDisability`, m.hasDisability ?? (m.disability ? true : undefined));
    put(`m${i}.kind`, m.disability?.kind);
    put(`m${i}.grade`, m.disability?.grade);
    put(`m${i}.seriousIllness`, m.seriousIllness);
  });
  if (e.income?.none) put('income.none', true);
  else for (const k of ['wages', 'business', 'property', 'pensions', 'basicPension', 'support'] as const) put(`income.${k}`, e.income?.[k]);
  for (const k of ['deposits', 'vehicles', 'houses'] as const) put(`property.${k}`, e.property?.[k]);
  put('obligors.exist', e.obligors?.exist);
  put('dibao', e.currentBenefits?.dibao);
  put('tekun', e.currentBenefits?.tekun);
  for (const ev of e.hardship?.events ?? []) put(`event.${ev.kind}`, true);
  put('severe', e.hardship?.basicLivingSevere);
  put('expenses', e.hardship?.expenses);
  return out;
}

function toHousehold(e: Expected): Household {
  const members = e.members?.map((m) => ({ ...m }));
  if (members && e.size !== undefined) while (members.length < e.size) members.push({});
  const inc = e.income;
  return {
    ...(e.hukou ? { hukou: e.hukou } : {}),
    ...(members ? { members } : e.size !== undefined ? { size: e.size } : {}),
    ...(inc
      ? {
          income: inc.none
            ? { wages: 0, business: 0, property: 0, pensions: 0, support: [] }
            : { ...(inc.wages !== undefined ? { wages: inc.wages } : {}), ...(inc.business !== undefined ? { business: inc.business } : {}), ...(inc.property !== undefined ? { property: inc.property } : {}), ...(inc.pensions !== undefined ? { pensions: inc.pensions } : {}), ...(inc.basicPension !== undefined ? { basicPension: inc.basicPension } : {}), ...(inc.support !== undefined ? { support: [{ amount: inc.support }] } : {}) },
        }
      : {}),
    ...(e.property ? { property: e.property } : {}),
    ...(e.obligors?.exist !== undefined ? { obligors: { exist: e.obligors.exist } } : {}),
    ...(e.currentBenefits ? { currentBenefits: e.currentBenefits } : {}),
    ...(e.hardship
      ? {
          hardship: {
            none: false,
            events: (e.hardship.events ?? []).map((ev) => ({ kind: ev.kind as 'fire', ...(e.hardship?.basicLivingSevere !== undefined ? { basicLivingSevere: e.hardship.basicLivingSevere } : {}) })),
            expenses: e.hardship.expenses ? [{ kind: 'medical' as const, amount: e.hardship.expenses }] : [],
          },
        }
      : {}),
  };
}

export function runHotlineEval(cases = loadHotlineEval(), today = '2026-11-24') {
  let tp = 0;
  let extracted = 0;
  let expected = 0;
  let agree = 0;
  let verdicts = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const got = extractFacts(c.t, { today }).household;
    const a = flatten(fromHousehold(got));
    const b = flatten(c.h);
    // Household size is scored only where the summary states it.
    if (c.h.size === undefined) {
      a.delete('size');
      b.delete('size');
    }
    extracted += a.size;
    expected += b.size;
    for (const [k, v] of a) {
      if (b.has(k) && JSON.stringify(b.get(k)) === JSON.stringify(v)) tp++;
    }
    const wrong = [...b].filter(([k, v]) => JSON.stringify(a.get(k)) !== JSON.stringify(v)).map(([k, v]) => `${k}=${JSON.stringify(v)} got ${JSON.stringify(a.get(k))}`);
    if (wrong.length) misses.push(`${c.t.slice(0, 24)}… ${wrong.join(', ')}`);
    const va = screen(got, { region: c.r, date: today }).results.map((r) => r.verdict);
    const vb = screen(toHousehold(c.h), { region: c.r, date: today }).results.map((r) => r.verdict);
    verdicts += va.length;
    agree += va.filter((v, i) => v === vb[i]).length;
  }
  const precision = tp / Math.max(1, extracted);
  const recall = tp / Math.max(1, expected);
  return { n: cases.length, precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), verdictAgreement: agree / verdicts, misses };
}
