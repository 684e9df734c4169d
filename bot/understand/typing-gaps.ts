/**
 * Spaces a slow typist puts where no pause is meant. Elderly residents typing with a pinyin input
 * method commit a character or two at a time and press space between them ("河 津", "俺 跟 老 办 俩
 * 都 七 十 多", "没 存 款 信用社贷了三万块"), and split the numbers they say ("六十 七", "1 千 6",
 * "两千 一 百几"). Elsewhere a space is a comma ("我 七十六 老伴 七十三"), so only these gaps close:
 *
 * - between two single Chinese characters (a word of one character seldom stands alone between
 *   spaces, a run of them is one phrase typed slowly), unless it is the same one twice ("娃 娃")
 *   or both name a person ("仔 女 仔" answering who each one is);
 * - after a word a phrase goes on from (就, 才, 跟, 和, 同: "屋 就 一间"), and between a count of
 *   houses or cars and the thing counted ("一院 老房", "一间 泥砖屋"), and between a count of people
 *   and its counter ("5 个", "四 口人");
 * - inside a number: a unit after a digit ("1 千", "七 十"), a digit after 十 ("六十 七"), and a
 *   smaller part after 百, 千 or 万 ("两千 一", "一万 五千"). Two figures stay apart ("1 5" is two
 *   choices, "七十 七十" two ages, "一万 一万" two amounts).
 *
 * A newline or any punctuation is a real break and never closes. One pass over the text: linear.
 */

const HAN = /^\p{Script=Han}$/u;
const DIGITS = '0123456789零〇一二两三四五六七八九';
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000 };
/** The characters a number as typed is made of (几 and 多 for rough ones: "百几", "十多"). */
const NUMBER_CHARS = new Set([...DIGITS, ...Object.keys(UNITS), '几', '多', '来']);

/** Words a phrase goes on after: only, and, with (就, 才, 跟, 和, 同). */
const GO_ON = new Set([...'就才跟和同']);
/** Counters of houses and cars ("一院", "两间", "一辆"): the thing counted follows. */
const COUNTERS = new Set([...'间院套处座栋幢辆部']);
/** Counters of people ("5 个", "四 口"): the count said with its word, the household's size. */
const PEOPLE_COUNTERS = new Set([...'个口位']);

const isNumberRun = (s: string) => s.length > 0 && [...s].every((c) => NUMBER_CHARS.has(c));
const largestUnit = (s: string) => Math.max(0, ...[...s].map((c) => UNITS[c] ?? 0));

/** Whether the space between two runs of text is a slip inside one phrase or number. */
/** The person word a text begins with, if any: whether it is the writer (我, 俺) and its length. */
export type PersonAt = (text: string) => { self: boolean; length: number } | undefined;

function closes(left: string, right: string, personAt: PersonAt): boolean {
  const l = [...left];
  const r = [...right];
  // (The same character twice is said twice: "媳妇 娃 娃" is two children, "有 有" a yes; two
  // people are two: "老婆 仔 女 仔" answers who each one is.)
  if (l.length === 1 && r.length === 1 && HAN.test(l[0]!) && HAN.test(r[0]!))
    return l[0] !== r[0] && !(someoneElse(personAt, left) && someoneElse(personAt, right));
  const last = l[l.length - 1]!;
  const first = r[0]!;
  // "屋 就 一间", "俺 跟 老伴", "6岁 和 3岁": a phrase does not end on 就 or 跟, nor begin on a lone 和.
  if (GO_ON.has(last) && (HAN.test(first) || DIGITS.includes(first))) return true;
  if (r.length === 1 && GO_ON.has(first) && l.length > 0) return true;
  // "一院 老房", "一间 泥砖屋": a count of houses or cars and the thing counted.
  if (l.length === 2 && DIGITS.includes(l[0]!) && COUNTERS.has(last) && HAN.test(first) && !NUMBER_CHARS.has(first))
    return true;
  // "5 个，我 44", "四 口人": a count of people and its counter.
  if (isNumberRun(left) && PEOPLE_COUNTERS.has(first)) return true;
  if (!isNumberRun(right)) return false;
  // "1 千", "七 十", "两千一 百几": a unit after a digit.
  if (DIGITS.includes(last) && first in UNITS) return true;
  // "六十 七": one digit after 十.
  if (last === '十') return r.length === 1 && DIGITS.includes(first) && first !== '0';
  // "两千 一", "一万 五千", "1千 6": a smaller part after a larger unit.
  const unit = UNITS[last];
  return unit !== undefined && unit >= 100 && DIGITS.includes(first) && largestUnit(right) < unit;
}

/** One character that names someone other than the writer by itself (仔, 女, 娘). */
function someoneElse(personAt: PersonAt, ch: string): boolean {
  const p = personAt(ch);
  return p !== undefined && !p.self && p.length === ch.length;
}

/**
 * The text with the spaces inside slowly typed phrases and numbers taken out. `personAt` reads the
 * person words: "老婆 仔 女 仔" is a list of people, not one word, while "俺 娘" is 俺娘 (my mother).
 */
export function closeTypingGaps(text: string, personAt: PersonAt = () => undefined): string {
  if (!text.includes(' ')) return text;
  // Alternating runs: text, spaces, text … (a run of spaces only between two of text can close).
  const runs: string[] = [];
  for (const ch of text) {
    const last = runs[runs.length - 1];
    if (last !== undefined && (last[0] === ' ') === (ch === ' ')) runs[runs.length - 1] = last + ch;
    else runs.push(ch);
  }
  let out = '';
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const left = runs[i - 1];
    const right = runs[i + 1];
    if (run[0] === ' ' && left !== undefined && right !== undefined && closes(left, right, personAt)) continue;
    out += run;
  }
  return out;
}
