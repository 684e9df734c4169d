/**
 * Understanding short answers to a question just asked: a numbered choice (by number, Chinese
 * numeral or its words), several choices ("1 3", "1、3"), yes/no, a count, a list of ages, an
 * amount of money with its period ("一千五", "每月800", "两万一年"). Free text about the
 * household in general goes through bot/extract instead.
 */
import type { Choice } from '../ports.ts';
import { parseChineseNumber, parseMoney, normalise } from './numbers.ts';

export { normalise };

const NO_WORDS = /^(没有|没|无|不是|不|否|都没有|都不是|没得|莫得|没有的|没有了|没了|没啦|没有啦|一个都没有|0|零)$/;
const YES_WORDS = /^(有|是|对|是的|有的|嗯|对的|有啊|是啊)$/;

export function parseYesNo(text: string): boolean | undefined {
  const t = normalise(text).replace(/[。！!？?，,\s]/g, '');
  if (NO_WORDS.test(t)) return false;
  if (YES_WORDS.test(t)) return true;
  return undefined;
}

/** A single choice by its number, a Chinese numeral, or words contained in its label. */
export function parseChoice(text: string, choices: readonly Choice[]): Choice | undefined {
  const t = normalise(text).replace(/[。！!？?，,\s]/g, '');
  if (t === '') return undefined;
  const n = /^\d+$/.test(t) ? Number(t) : parseChineseNumber(t);
  if (n !== undefined) return choices.find((c) => c.id === String(n));
  const hits = choices.filter((c) => c.label.replace(/（[^（）]*）/g, '').split(/[、或和，,\s]/).some((w) => w.length >= 2 && t.includes(w)));
  return hits.length === 1 ? hits[0] : undefined;
}

/** Several choices: "1 3", "1、3", "13" (single-digit options), or words of the labels. */
export function parseChoices(text: string, choices: readonly Choice[]): Choice[] | undefined {
  const t = normalise(text).trim();
  if (t === '') return undefined;
  const byId = new Map(choices.map((c) => [c.id, c]));
  const digits = t.replace(/[\s,，、.。和及跟;；]+/g, ' ').trim();
  if (/^\d+( \d+)*$/.test(digits)) {
    const ids = digits.includes(' ') ? digits.split(' ') : choices.length < 10 ? [...digits] : [digits];
    const picked = ids.map((id) => byId.get(String(Number(id))));
    return picked.every((c) => c !== undefined) ? unique(picked as Choice[]) : undefined;
  }
  const parts = t.split(/[\s,，、;；和及]+/).filter(Boolean);
  const picked = parts.map((p) => parseChoice(p, choices));
  if (picked.every((c) => c !== undefined)) return unique(picked as Choice[]);
  const single = parseChoice(t, choices);
  return single ? [single] : undefined;
}

function unique(xs: Choice[]): Choice[] {
  return [...new Map(xs.map((c) => [c.id, c])).values()];
}

/** A whole number of things ("3", "三个", "两口人"). */
export function parseCount(text: string, max = 30): number | undefined {
  const t = normalise(text).replace(/[个口人位辆套处间。！!，,\s]/g, '');
  if (NO_WORDS.test(t)) return 0;
  const n = /^\d+$/.test(t) ? Number(t) : parseChineseNumber(t);
  return n !== undefined && Number.isInteger(n) && n >= 0 && n <= max ? n : undefined;
}

/** Ages in one answer: "78，75" / "七十八岁和七十五岁" / "就我一个，78岁". */
/** Words people put around ages ("就我一个，78岁"); anything else means it was not a list of ages. */
const AGE_FILLER = /周岁|岁|今年|多|来|左右|大概|就我一个人?|就我|一个人|自己|本人|我|老伴|和|及|还有|[，,、。；;\s]/g;

export function parseAges(text: string): number[] | undefined {
  const t = normalise(text).replace(AGE_FILLER, ' ');
  if (!/^[0-9零〇一二两三四五六七八九十百 ]*$/.test(t)) return undefined;
  const tokens = t.match(/[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百]+/g) ?? [];
  const ages: number[] = [];
  for (const tok of tokens) {
    const n = /^[0-9.]+$/.test(tok) ? Number(tok) : parseChineseNumber(tok);
    if (n === undefined || !Number.isInteger(n) || n < 0 || n > 120) return undefined;
    ages.push(n);
  }
  return ages.length > 0 && ages.length <= 30 ? ages : undefined;
}

/** An amount over the income period (12 months): "每月800" → 9600, "两万一年" → 20000, "一千五" (monthly by default). */
export function parseAnnualAmount(text: string, defaultPeriod: 'month' | 'year'): number | undefined {
  const t = normalise(text).replace(/\s/g, '');
  if (NO_WORDS.test(t.replace(/[。！!，,]/g, ''))) return 0;
  const money = parseMoney(t);
  if (!money) return undefined;
  const period = money.period ?? defaultPeriod;
  return Math.round(period === 'month' ? money.yuan * 12 : money.yuan);
}

/** A plain amount of money (savings): "3万", "五千", "没有". */
export function parseAmount(text: string): number | undefined {
  const t = normalise(text).replace(/\s/g, '');
  if (NO_WORDS.test(t.replace(/[。！!，,]/g, ''))) return 0;
  return parseMoney(t)?.yuan;
}
