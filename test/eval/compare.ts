/**
 * Comparing what doudi understood with what the blind authors labelled: facts as path → value,
 * with the set's conventions (rough amounts as ranges, `unknown` meaning "must stay unset"). A
 * household is flattened to the same paths, so a dialogue's result and an extractor's facts are
 * compared the same way.
 */
import type { Household } from '../../screening/index.ts';
import type { FactValue } from './format.ts';

export type Flat = Map<string, unknown>;

/** A household as labelled paths (income.support summed, expenses and events by index). */
export function flatten(h: Household, extra: Record<string, unknown> = {}): Flat {
  const out: Flat = new Map();
  const put = (k: string, v: unknown) => v !== undefined && out.set(k, v);
  put('hukou', h.hukou);
  put('size', h.size ?? h.members?.length);
  (h.members ?? []).forEach((m, i) => {
    const at = `members[${i}]`;
    put(`${at}.relation`, m.relation);
    put(`${at}.age`, m.age);
    put(`${at}.hasDisability`, m.hasDisability);
    put(`${at}.disability.kind`, m.disability?.kind);
    put(`${at}.disability.grade`, m.disability?.grade);
    put(`${at}.seriousIllness`, m.seriousIllness);
    put(`${at}.illnessName`, m.illnessName);
    put(`${at}.illnessOnLocalList`, m.illnessOnLocalList);
    put(`${at}.employed`, m.employed);
    put(`${at}.student.fullTime`, m.student?.fullTime);
  });
  put(
    'employedCount',
    h.employedCount ??
      (h.members?.some((m) => m.employed !== undefined) ? h.members.filter((m) => m.employed).length : undefined),
  );
  const inc = h.income;
  if (inc) {
    for (const k of ['wages', 'business', 'property', 'pensions', 'basicPension', 'otherTransfers'] as const)
      put(`income.${k}`, inc[k]);
    if (inc.support)
      put(
        'income.support',
        inc.support.reduce((s, x) => s + x.amount, 0),
      );
    const payer = inc.support?.find((s) => s.payerStatus)?.payerStatus;
    put('income.supportPayerStatus', payer);
  }
  const p = h.property;
  if (p)
    for (const k of ['deposits', 'vehicles', 'houses', 'commercialProperty', 'registeredBusiness'] as const)
      put(`property.${k}`, p[k]);
  if (h.obligors) {
    put('obligors.exist', h.obligors.exist);
    (h.obligors.list ?? []).forEach((o, i) => {
      for (const k of [
        'relation',
        'age',
        'ableBodiedAdult',
        'status',
        'severeDisability',
        'imprisoned',
        'declaredMissing',
        'noCivilCapacity',
      ] as const)
        put(`obligors.list[${i}].${k}`, o[k]);
    });
  }
  if (h.hardship) {
    put('hardship.none', h.hardship.none === true ? true : undefined);
    (h.hardship.events ?? []).forEach((e, i) => {
      put(`hardship.events[${i}].kind`, e.kind);
      put(`hardship.events[${i}].date`, e.date);
      put(`hardship.events[${i}].place`, e.place);
      put(`hardship.events[${i}].basicLivingSevere`, e.basicLivingSevere);
    });
    (h.hardship.expenses ?? []).forEach((e, i) => {
      put(`hardship.expenses[${i}].kind`, e.kind);
      put(`hardship.expenses[${i}].amount`, e.amount);
    });
  }
  put('expenditureType', h.expenditureType);
  if (h.currentBenefits)
    for (const k of ['dibao', 'tekun', 'lowIncome'] as const) put(`currentBenefits.${k}`, h.currentBenefits[k]);
  for (const [k, v] of Object.entries(extra)) put(k, v);
  return out;
}

/** Does a recorded value agree with a labelled one? */
export function agrees(label: FactValue, got: unknown): boolean {
  if (label === 'unknown') return got === undefined || got === 'unknown';
  if (got === undefined) return false;
  if (typeof label === 'object' && 'approx' in label) {
    const [lo, hi] = label.approx;
    const v = typeof got === 'number' ? got : Number.NaN;
    const slack = Math.max(1, 0.05 * Math.abs(hi));
    return v >= lo - slack && v <= hi + slack;
  }
  if (typeof label === 'number' && typeof got === 'number')
    return Math.abs(label - got) <= Math.max(0.5, 0.02 * Math.abs(label));
  if (typeof label === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(label) && typeof got === 'string') {
    // A month labelled: any day in it. A day labelled: within three days (上个月 is read as its first day).
    if (label.length === 7) return got.startsWith(label);
    return (
      Math.abs(Date.parse(label) - Date.parse(got)) <= 3 * 86_400_000 ||
      (got.endsWith('-01') && got.slice(0, 7) === label.slice(0, 7))
    );
  }
  return label === got;
}

export interface Scored {
  right: string[];
  wrong: { path: string; label: FactValue; got: unknown }[];
  missed: { path: string; label: FactValue }[];
  /** Recorded on paths the labels do not mention. */
  extra: { path: string; got: unknown }[];
}

/** Labels against what changed between the household before and after. */
export function score(
  labels: Record<string, FactValue>,
  before: Flat,
  after: Flat,
  ignoreExtra: (path: string) => boolean = () => false,
): Scored {
  const r: Scored = { right: [], wrong: [], missed: [], extra: [] };
  for (const [path, label] of Object.entries(labels)) {
    if (path === 'command' || path === 'debt' || path.startsWith('contact.')) continue;
    const got = after.get(path);
    if (agrees(label, got)) r.right.push(path);
    else if (
      got === undefined ||
      (label !== 'unknown' && before.get(path) === got && got !== undefined && !agrees(label, got))
    ) {
      if (got === undefined) r.missed.push({ path, label });
      else r.wrong.push({ path, label, got });
    } else r.wrong.push({ path, label, got });
  }
  for (const [path, got] of after) {
    if (path in labels || before.get(path) === got || ignoreExtra(path)) continue;
    r.extra.push({ path, got });
  }
  return r;
}

/**
 * Member numbers as the labels have them: the applicant stays first, and each other member found
 * is matched to the labelled member of the same relation and the nearest age (authors list the
 * household in their own order, not the order it was said in).
 */
export function alignMembers(got: Flat, want: Flat): Flat {
  const members = (f: Flat) => {
    const out = new Map<number, { relation?: unknown; age?: unknown }>();
    for (const [k, v] of f) {
      const m = k.match(/^members\[(\d+)\]\.(relation|age)$/);
      if (!m) continue;
      const i = Number(m[1]);
      out.set(i, { ...out.get(i), [m[2]!]: v });
    }
    return out;
  };
  const g = members(got);
  const w = members(want);
  const map = new Map<number, number>([[0, 0]]);
  const taken = new Set<number>([0]);
  const score = (a: { relation?: unknown; age?: unknown }, b: { relation?: unknown; age?: unknown }) =>
    (a.relation !== undefined && a.relation === b.relation ? 100 : 0) -
    (typeof a.age === 'number' && typeof b.age === 'number' ? Math.abs(a.age - b.age) : 50);
  for (const [gi, gm] of [...g].filter(([i]) => i > 0)) {
    let best: number | undefined;
    let bestScore = -Infinity;
    for (const [wi, wm] of w) {
      if (taken.has(wi)) continue;
      const s = score(gm, wm);
      if (s > bestScore) {
        best = wi;
        bestScore = s;
      }
    }
    if (best !== undefined && bestScore > -40) {
      map.set(gi, best);
      taken.add(best);
    }
  }
  // Members found but unmatched keep numbers past the labelled ones.
  let next = Math.max(-1, ...w.keys(), ...g.keys()) + 1;
  for (const gi of g.keys()) if (!map.has(gi)) map.set(gi, next++);
  const out: Flat = new Map();
  for (const [k, v] of got) {
    const m = k.match(/^members\[(\d+)\]\.(.+)$/);
    out.set(m ? `members[${map.get(Number(m[1])) ?? Number(m[1])}].${m[2]}` : k, v);
  }
  return out;
}
