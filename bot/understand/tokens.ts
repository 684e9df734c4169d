/**
 * A message as a list of tokens: lexicon words (the longest at each position), numbers (exact or
 * rough), separators and other characters. Normalises first: full-width digits and punctuation,
 * traditional characters residents type (係, 個, 兩 …), and spaces, which voice input and short
 * typists use as commas. One pass, each position read at most a bounded number of characters
 * ahead: linear in the length of the message.
 */
import { type Lexicon, type Meaning, lexiconFor, type Dialect, preferring } from '../../content/lexicon/index.ts';
import { type ReadNumber, readNumber } from './numbers.ts';
import { NEVER_HEARD } from '../../content/lexicon/heard-by-sound.ts';
import { NUMERALS, soundLexiconFor } from './sound-words.ts';
import { heard, stringOfUnits } from './sounds.ts';
import { closeTypingGaps } from './typing-gaps.ts';
import { TRADITIONAL } from '../../content/lexicon/traditional.ts';
import { isPhrase } from './phrases.ts';

export type Token =
  | { kind: 'word'; text: string; start: number; end: number; meanings: Meaning[] }
  | { kind: 'num'; text: string; start: number; end: number; n: ReadNumber }
  | { kind: 'sep'; text: string; start: number; end: number }
  | { kind: 'char'; text: string; start: number; end: number };

const SEPARATORS = new Set([...'，。,;；！!？?\n\r\t、：:…~～ 　()（）【】[]「」『』“”"\'/|']);

/** Full-width letters, digits and punctuation as ASCII (１３８… → 138…): for numbers and names alike. */
export function asciiWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : code === 0x3000 ? ' ' : ch;
  }
  return out;
}

/** Code units that normalising may change: each traditional form's first (full-width ones are a range). */
const TRADITIONAL_UNITS = new Set(Object.keys(TRADITIONAL).map((k) => k.charCodeAt(0)));

/** What the parser reads: ASCII width, and the traditional characters residents type as simplified. */
export function normalise(text: string): string {
  // Most messages have nothing to change: the text itself, not a copy built a character at a time.
  let changes = false;
  for (let i = 0; i < text.length && !changes; i++) {
    const code = text.charCodeAt(i);
    changes = (code >= 0xff01 && code <= 0xff5e) || code === 0x3000 || TRADITIONAL_UNITS.has(code);
  }
  if (!changes) return text;
  const table = normalisedUnits();
  if (!table) {
    let out = '';
    for (const ch of asciiWidth(text)) out += TRADITIONAL[ch] ?? ch;
    return out;
  }
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = table[text.charCodeAt(i)] || text.charCodeAt(i);
  return stringOfUnits(units);
}

let unitTable: Uint16Array | null | undefined;

/**
 * What normalise makes of each UTF-16 code unit (0: it stays), built once from TRADITIONAL, when every form
 * there is one unit outside the surrogates: the text is then mapped by numbers, not a string made per character.
 */
function normalisedUnits(): Uint16Array | null {
  if (unitTable === undefined) {
    const oneUnit = (c: string) => c.length === 1 && (c.charCodeAt(0) < 0xd800 || c.charCodeAt(0) > 0xdfff);
    const table = new Uint16Array(0x10000);
    const entries = Object.entries(TRADITIONAL);
    if (!entries.every(([from, to]) => oneUnit(from) && oneUnit(to))) {
      unitTable = null;
      return unitTable;
    }
    for (const [from, to] of entries) table[from.charCodeAt(0)] = to.charCodeAt(0);
    for (let code = 0xff01; code <= 0xff5e; code++) {
      const ascii = String.fromCharCode(code - 0xfee0);
      table[code] = (TRADITIONAL[ascii] ?? ascii).charCodeAt(0);
    }
    table[0x3000] = (TRADITIONAL[' '] ?? ' ').charCodeAt(0);
    unitTable = table;
  }
  return unitTable;
}

const STOP_KINDS = new Set(['period', 'each', 'people', 'alone', 'neutral', 'group', 'total']);

/** The text as tokens, read with the lexicon of the resident's dialect. */
export function tokenize(raw: string, dialect: Dialect | 'all', places?: Lexicon): { text: string; tokens: Token[] } {
  const words: Lexicon = lexiconFor(dialect);
  // Spaces a slow typist put inside a phrase or number are no commas ("河 津", "六十 七").
  const text = closeTypingGaps(normalise(raw), (run) => {
    const w = words.longest(run, 0);
    const p = w?.meanings.find((m) => m.t === 'person');
    return w && p?.t === 'person' ? { self: p.rel === 'self', length: w.length } : undefined;
  });
  // Place names first when longer: a county called 万X is a place, not 10,000 and X.
  const lex: Lexicon = atEachPlaceOnce(places ? preferring(words, places) : words, text);
  // A trailing digit of a number must not swallow the first character of a period or count word.
  const startsWord = (i: number) => {
    const w = lex.longest(text, i);
    return w !== undefined && w.length >= 2 && w.meanings.some((m) => STOP_KINDS.has(m.t));
  };
  const tokens: Token[] = [];
  // (Built once a text, with no closures made at each position: tokenize was a fifth of a short reading.)
  const heardText = heard(text);
  const sounds = soundLexiconFor(dialect);
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    // "5000元/年", "130元/月" as forms write them: the slash joins the amount to its period.
    if (c === '/' && /[元块]/.test(text[i - 1] ?? '') && /[年月日天]/.test(text[i + 1] ?? '')) {
      i++;
      continue;
    }
    if (SEPARATORS.has(c) || (c === '.' && !/[0-9]/.test(text[i + 1] ?? ''))) {
      tokens.push({ kind: 'sep', text: c, start: i, end: i + 1 });
      i++;
      continue;
    }
    const word = notAgeGap(
      text,
      i,
      lex,
      yieldToOverlap(text, i, lex, spelledOrHeard(lex.longest(text, i), heardWord(text, i, sounds, lex, heardText))),
    );
    const num = readNumber(text, i, startsWord);
    if (num && (!word || num.length > word.length) && !readable(text, i, num)) {
      // Not a figure anyone means (a negative, 1e308, twenty nines): kept whole and left unread,
      // so the reply says which part was not understood instead of recording a wrong amount.
      tokens.push({ kind: 'char', text: text.slice(i, i + num.length), start: i, end: i + num.length });
      i += num.length;
      continue;
    }
    if (num && (!word || num.length > word.length)) {
      tokens.push({ kind: 'num', text: text.slice(i, i + num.length), start: i, end: i + num.length, n: num });
      i += num.length;
      continue;
    }
    // 那个, 哎呀 said while thinking (voice input): nothing to read, and no wall between the words
    // around them.
    if (word?.meanings.every((m) => m.t === 'filler')) {
      i += word.length;
      continue;
    }
    if (word) {
      tokens.push({
        kind: 'word',
        text: text.slice(i, i + word.length),
        start: i,
        end: i + word.length,
        meanings: word.meanings,
      });
      i += word.length;
      continue;
    }
    tokens.push({ kind: 'char', text: c, start: i, end: i + 1 });
    i++;
  }
  return { text, tokens };
}

type Found = ReturnType<Lexicon['longest']>;

/** The word spelled at a position, or a longer one heard by sound (退休斤 is 退休金, not 退休 and 斤). */
function spelledOrHeard(spelled: Found, h: Found): Found {
  return h && h.length > (spelled?.length ?? 0) ? h : spelled;
}

/**
 * A word that matters heard by its sound at a position (老办 → 老伴), unless a spelled word of two
 * characters or more begins inside it ("是父亲" is 是 and 父亲, not 师傅 and 亲).
 */
function heardWord(text: string, at: number, sounds: Lexicon, spelled: Lexicon, sound: string): Found {
  const w = sounds.longest(sound, at);
  if (!w || w.length < 2) return undefined;
  const typed = text.slice(at, at + w.length);
  if (NUMERALS.test(typed) || NEVER_HEARD.has(typed)) return undefined;
  for (let j = at + 1; j < at + w.length; j++) if ((spelled.longest(text, j)?.length ?? 0) >= 2) return undefined;
  return w;
}

/**
 * A word kept only so the shorter words inside it are not read (月中, 镇上: `neutral`) gives way to a
 * word that matters beginning inside it and running past its end: "十月中风" is 十月 and 中风 (not 月中
 * and 风), "在镇上班" is 镇 and 上班 — unless a word begins where it ends ("现在家里" stays 现在, 家里).
 * What comes before the overlap is read as the longest word it
 * holds, or left as characters. Looks at most a word's length ahead: reading stays linear.
 */
function yieldToOverlap(text: string, at: number, lex: Lexicon, word: Found): Found {
  if (!word || word.length < 2 || !word.meanings.every((m) => m.t === 'neutral')) return word;
  const end = at + word.length;
  for (let j = at + 1; j < end; j++) {
    const w = lex.longest(text, j);
    if (
      w &&
      j + w.length > end &&
      !w.meanings.every((m) => m.t === 'neutral' || m.t === 'filler') &&
      // ("现在家里" stays 现在 and 家里: the overlap 在家 would itself cut a word at the end.)
      (lex.longest(text, end)?.length ?? 0) < 2
    )
      return lex.longest(text.slice(at, j), 0);
  }
  return word;
}

/**
 * A school-year word whose last character is a numeral, then 岁 ("老汉比俺大三岁", 粤 "老公比我大两岁"):
 * the numeral belongs to the years of age after it — 大 is "older by", not a third-year student.
 */
function notAgeGap(text: string, at: number, lex: Lexicon, word: Found): Found {
  if (!word || word.length < 2 || !word.meanings.some((m) => m.t === 'student')) return word;
  const end = at + word.length;
  if (text[end] !== '岁' || !NUMERALS.test(text[end - 1]!)) return word;
  return lex.longest(text.slice(at, end - 1), 0);
}

/** Larger than any amount, count or age a resident states: beyond it a number is a slip. */
const LARGEST = 1e9;

/** A number as a resident means one: not negative, not glued to letters (1e308), not astronomic. */
function readable(text: string, at: number, n: ReadNumber): boolean {
  if (n.value > LARGEST) return false;
  const before = text[at - 1] ?? '';
  const after = text[at + n.length] ?? '';
  // "-500", "负500" (but "300-500" is a range, and 2k, 3w are thousands and 万).
  if (/^[-−－负]$/.test(before) && !/^[0-9]$/.test(text[at - 2] ?? '')) return false;
  // (A Chinese numeral after letters is a number still: "BB一岁半" is a baby's age.)
  if (
    /^[0-9]$/.test(text[at] ?? '') &&
    (/^[A-Za-z]$/.test(before) || (/^[A-Za-z]$/.test(after) && !/^[kKwW]$/.test(after)))
  )
    return false;
  return true;
}

/**
 * The lexicon with the longest word at each position of `text` looked up once: the word at a position is
 * asked for again by the number reader, the sound-alike check and the overlap checks (profiled: the
 * walks were most of tokenize's time). Other texts (slices of it) are looked up as before.
 */
function atEachPlaceOnce(lex: Lexicon, text: string): Lexicon {
  const seen: (Found | null)[] = new Array(text.length);
  return {
    maxWordLength: lex.maxWordLength,
    longest(t, at) {
      if (t !== text || !(at >= 0 && at < t.length)) return lex.longest(t, at);
      let w = seen[at];
      if (w === undefined) {
        w = lex.longest(t, at) ?? null;
        seen[at] = w;
      }
      return w ?? undefined;
    },
  };
}

export function meaningOf<T extends Meaning['t']>(
  tok: Token | undefined,
  t: T,
): Extract<Meaning, { t: T }> | undefined {
  if (tok?.kind !== 'word') return undefined;
  for (const m of tok.meanings) if (m.t === t) return m as Extract<Meaning, { t: T }>;
  return undefined;
}

/**
 * The most tokens one clause holds. A clause people write is a few words between commas; a run
 * longer than this (text with no punctuation, or a hostile input) is read in pieces, so the work
 * each word does over its clause stays bounded and reading stays linear in the message's length.
 */
export const MAX_CLAUSE_TOKENS = 48;

/**
 * "俺和老汉都七十多了娃们都在外头", typed with no comma: an age, a sentence-final particle (了, 咯) and
 * then a person word begins a new clause, so what the next person does (在外头) is not said of the
 * people the age was about.
 */
function endsAgeSentence(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'char' || !isPhrase(t.text, 'ageSentenceEnd')) return false;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (
    (before?.kind === 'num' || (before?.text === '岁' && tokens[k - 2]?.kind === 'num')) &&
    after?.kind === 'word' &&
    after.meanings.some((m) => m.t === 'person')
  );
}

/** Clauses: runs of tokens between separators (a space or a comma ends a clause). */
export function clausesOf(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'sep') {
      if (cur.length) out.push(cur);
      cur = [];
    } else {
      cur.push(t);
      if (cur.length >= MAX_CLAUSE_TOKENS || endsAgeSentence(tokens, k)) {
        out.push(cur);
        cur = [];
      }
    }
  }
  if (cur.length) out.push(cur);
  return out;
}
