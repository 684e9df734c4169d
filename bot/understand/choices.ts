/**
 * A numbered choice answered by its number ("2", "二"), or by words of its label ("城镇"), and
 * several choices at once ("1 3", "1、3", "13" when the options are single digits). Free text
 * about the household goes through the extractor instead; this reads only what a menu offers.
 */
import type { Choice } from '../ports.ts';
import { wholeNumber } from './numbers.ts';
import { normalise } from './tokens.ts';

const number = (t: string): number | undefined => (/^\d+$/.test(t) ? Number(t) : wholeNumber(t)?.value);

/** A single choice by its number, a Chinese numeral, or words contained in its label. */
export function parseChoice(text: string, choices: readonly Choice[]): Choice | undefined {
  const t = normalise(text).replace(/[。！!？?，,\s]/g, '');
  if (t === '') return undefined;
  const n = number(t);
  if (n !== undefined) return choices.find((c) => c.id === String(n));
  const hits = choices.filter((c) =>
    c.label
      .replace(/（[^（）]*）/g, '')
      .split(/[、或和，,\s]/)
      .some((w) => w.length >= 2 && t.includes(w)),
  );
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
