/**
 * A family reported by someone outside it that names its head by the role 男主人 or 女主人 ("家里剩下一个
 * 老汉（80岁）、男主人（50岁，还在住院）、一个上高中的闺女"): the head is the person the call is about (户主),
 * and an old man (老汉, 老汉子) of the same sentence at least fifteen years older than the head is the
 * head's father, not anyone's husband. The rewrite keeps every length, so the positions of the facts
 * still point into the text the agent pasted.
 */
import { reporterAt } from '../understand/outside-caller.ts';

/** The head's role word with its same-length stand-in. */
const HEADS: readonly [string, string][] = [
  ['男主人', '户主人'],
  ['女主人', '户主人'],
];
/** An old man's word, with the head's father in the same length. */
const ELDERS: readonly [string, string][] = [
  ['一个老汉子', '一个户主父'],
  ['老汉子', '户主父'],
  ['老汉', '父亲'],
];
/** An age right after a word, perhaps in brackets: grammar, bounded to a short slice. */
const AGE = /^[（(]?(\d{1,3})岁?/;
const SENTENCE_END = /[。；;！？!?]/;
/** How much older than the head an old man must be to be read as the head's father: a generation. */
const GENERATION_GAP = 15;

function ageAfter(text: string, at: number): number | undefined {
  const m = AGE.exec(text.slice(at, at + 6));
  return m ? Number(m[1]) : undefined;
}

export function readHeadAndElder(text: string): string {
  const head = HEADS.map(([w, by]) => ({ at: text.indexOf(w), w, by })).find((h) => h.at >= 0);
  if (!head) return text;
  // Both roles named: the household is read from the husband's side elsewhere; keep to one head.
  if (HEADS.filter(([w]) => text.includes(w)).length > 1) return text;
  const from = reporterAt(text);
  if (from < 0 || from > head.at) return text;
  const headAge = ageAfter(text, head.at + head.w.length);
  if (headAge === undefined) return text;
  let start = head.at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = head.at;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
  // The text in pieces, each replaced word's stand-in in its place (one copy of the text, however many elders).
  const pieces: string[] = [];
  let copied = start;
  pieces.push(text.slice(0, start));
  for (let i = start; i < end; i++) {
    const elder = ELDERS.find(([w]) => text.startsWith(w, i));
    if (!elder) continue;
    const age = ageAfter(text, i + elder[0].length);
    if (age !== undefined && age >= headAge + GENERATION_GAP) {
      pieces.push(text.slice(copied, i), elder[1]);
      copied = i + elder[0].length;
    }
    i += elder[0].length - 1;
  }
  pieces.push(text.slice(copied));
  const out = pieces.join('');
  return out.slice(0, head.at) + head.by + out.slice(head.at + head.w.length);
}
