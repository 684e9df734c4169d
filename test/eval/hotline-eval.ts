/**
 * The blind 12345 call summaries through the hotline intake, scored against the authors'
 * households: facts found (precision, recall, F1, with amounts within 15% since authors took the
 * middle of rough figures), verdicts against screening the authors' household in the place the
 * text names (need_info counts as a miss where the authors' facts decide), verdicts against the
 * authors' own judgement, and whether any field path leaks into what an agent reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters, type Household, PROGRAMS, screen } from '../../screening/index.ts';
import { alignMembers, type Flat, flatten } from './compare.ts';
import { HotlineItem } from './format.ts';
import { TODAY } from './answers-eval.ts';

const read = (file: string) => (parse(readFileSync(file, 'utf8')) as unknown[]).map((x) => HotlineItem.parse(x));

/**
 * The tuning half includes the extra sets written later for tuning only (raw/extra/); the held-out half is what was
 * split off first.
 */
export function loadHotline(half: 'tune' | 'holdout', opts: { extras?: boolean } = {}): HotlineItem[] {
  const main = read(join(import.meta.dirname, `hotline.${half}.yaml`));
  if (half === 'holdout' || opts.extras === false) return main;
  const extra = join(import.meta.dirname, 'raw', 'extra');
  return [
    ...main,
    ...readdirSync(extra)
      .filter((f) => f.startsWith('hotline-'))
      .sort()
      .flatMap((f) => read(join(extra, f))),
  ];
}

/** Paths both sides may state; others (size from members, relation of members[0]) are derived. */
const IGNORED = /^(members\[0\]\.relation)$/;

function close(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= Math.max(1, 0.15 * Math.abs(a));
  if (typeof a === 'string' && typeof b === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(a))
    return a.slice(0, 7) === b.slice(0, 7);
  return a === b;
}

/** Text an agent reads must not carry a field path (income.wages, members[0].employed). */
export const FIELD_PATH = /[a-z][A-Za-z]+\.[a-z][A-Za-z]+|[a-z]+\[\d+\]/;

export interface HotlineResult {
  item: HotlineItem;
  right: string[];
  wrong: { path: string; want: unknown; got: unknown }[];
  missed: { path: string; want: unknown }[];
  extra: { path: string; got: unknown }[];
  verdicts: { program: string; got: string; want: string; author: string }[];
  leaks: string[];
  questions: string[];
  region: string;
}

/** Facts read against facts labelled: right, wrong, missed and extra paths. */
export function compareFacts(want: Flat, got: Flat): Pick<HotlineResult, 'right' | 'wrong' | 'missed' | 'extra'> {
  const r: Pick<HotlineResult, 'right' | 'wrong' | 'missed' | 'extra'> = {
    right: [],
    wrong: [],
    missed: [],
    extra: [],
  };
  for (const [path, w] of want) {
    if (IGNORED.test(path)) continue;
    const g = got.get(path);
    if (g === undefined) r.missed.push({ path, want: w });
    else if (close(w, g)) r.right.push(path);
    else r.wrong.push({ path, want: w, got: g });
  }
  for (const [path, g] of got) if (!want.has(path) && !IGNORED.test(path)) r.extra.push({ path, got: g });
  return r;
}

/** Each program's verdict on a labelled household, screened in the place its text names. */
export function verdictsOf(household: Household, region: string): Record<string, string> {
  const report = screen(household, { region, date: TODAY, parameters: defaultParameters() });
  return Object.fromEntries(report.results.map((x) => [x.program, x.verdict]));
}

export function runHotline(item: HotlineItem): HotlineResult {
  const parameters = defaultParameters();
  const out = intake({ region: item.region, text: item.text }, { today: TODAY, parameters });
  const want = flatten(item.household);
  const gold = verdictsOf(item.household, item.place ?? item.region);
  return {
    item,
    ...compareFacts(want, alignMembers(flatten(out.household), want)),
    verdicts: PROGRAMS.map((p) => ({
      program: p,
      got: out.report.results.find((x) => x.program === p)!.verdict,
      want: gold[p]!,
      author: item.expect[p],
    })),
    leaks: [...out.questions, out.summary, ...(out.conditions ?? [])].filter((text) => FIELD_PATH.test(text)),
    questions: out.questions,
    region: out.report.region,
  };
}

export interface HotlineFigures {
  n: number;
  precision: number;
  recall: number;
  f1: number;
  verdictAgreement: number;
  verdictAsAuthor: number;
  /**
   * Verdicts as the texts give, or, where the authors' facts leave a program open (their screening says
   * need_info), as the authors themselves judged it: a decided verdict the officer also wrote is not a miss
   * for facts the labels left out. Shown beside the issue's measure, never instead of it.
   */
  verdictAsOfficer: number;
  leaks: number;
}

/** The share of verdicts agreeing with the labelled facts' screening, or with the author where that is open. */
export function asOfficer(verdicts: readonly { got: string; want: string; author?: string }[]): number {
  const agree = verdicts.filter((v) => v.got === v.want || (v.want === 'need_info' && v.got === v.author));
  return agree.length / Math.max(1, verdicts.length);
}

/** Precision, recall and F1 over all items' facts, and the share of verdicts that agree. */
export function factFigures(
  results: (Pick<HotlineResult, 'right' | 'wrong' | 'missed' | 'extra'> & {
    verdicts: { got: string; want: string }[];
  })[],
): Omit<HotlineFigures, 'n' | 'verdictAsAuthor' | 'verdictAsOfficer' | 'leaks'> {
  const right = results.reduce((s, r) => s + r.right.length, 0);
  const found = right + results.reduce((s, r) => s + r.wrong.length + r.extra.length, 0);
  const stated = right + results.reduce((s, r) => s + r.wrong.length + r.missed.length, 0);
  const precision = right / Math.max(1, found);
  const recall = right / Math.max(1, stated);
  const verdicts = results.flatMap((r) => r.verdicts);
  return {
    precision,
    recall,
    f1: (2 * precision * recall) / Math.max(1e-9, precision + recall),
    verdictAgreement: verdicts.filter((v) => v.got === v.want).length / Math.max(1, verdicts.length),
  };
}

export function runHotlineEval(half: 'tune' | 'holdout'): { figures: HotlineFigures; results: HotlineResult[] } {
  const results = loadHotline(half).map(runHotline);
  const verdicts = results.flatMap((r) => r.verdicts);
  return {
    results,
    figures: {
      n: results.length,
      ...factFigures(results),
      verdictAsAuthor: verdicts.filter((v) => v.got === v.author).length / verdicts.length,
      verdictAsOfficer: asOfficer(verdicts),
      leaks: results.reduce((s, r) => s + r.leaks.length, 0),
    },
  };
}
