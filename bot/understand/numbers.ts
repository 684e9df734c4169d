/**
 * Numbers as people say them, exact or rough: 1500, 1千5, 一千五, 千五, 1.5万, 2k; 三千多, 二千几,
 * 十来万, 千把块, 万几蚊, 几百, 好几千, 三四百, 七八千, 一万五六, 成五万, 千零蚊, 两舊几水. A rough
 * number keeps its range ([lo, hi]) and its middle as the value, so it can be said back as a
 * range and used as its middle ("十来万" is not 10).
 *
 * The reader is a left-to-right scan of at most MAX_RUN characters from a position: linear in the
 * input, with no pattern that can backtrack.
 */
import { startsWithPhrase } from './phrases.ts';

export interface ReadNumber {
  value: number;
  lo: number;
  hi: number;
  approx: boolean;
  /** Characters consumed from `at`. */
  length: number;
  /** A string of spelled digits (一三八三五…), as in a phone number: not an amount. */
  digitString?: string;
}

const MAX_RUN = 20;
const CN_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  幺: 1,
  二: 2,
  两: 2,
  俩: 2,
  仨: 3,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  // The formal numerals of certificates and receipts (残疾证上写的是贰级, 壹仟伍佰元).
  壹: 1,
  贰: 2,
  貳: 2,
  叁: 3,
  參: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  陸: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
/** Formal numerals that are also surnames (伍某, 陆某): numbers only beside a unit or another numeral. */
const ALSO_SURNAMES = new Set(['伍', '陆', '陸']);
/** What may follow a formal numeral standing alone: a unit, 级, 元, 块, 岁. */
const AFTER_NUMERAL = new Set([...'十拾百佰千仟万萬级元圆块岁']);
const UNIT: Record<string, number> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
  万: 10_000,
  萬: 10_000,
  亿: 100_000_000,
};
const LATIN_UNIT: Record<string, number> = { k: 1000, K: 1000, w: 10_000, W: 10_000 };

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isCnDigit = (c: string | undefined) => c !== undefined && c in CN_DIGIT;
const isUnit = (c: string | undefined) => c !== undefined && c in UNIT;

type Part =
  | { kind: 'n'; value: number; text: string }
  | { kind: 'u'; value: number; text: string }
  | { kind: 'a'; text: string };

/**
 * The characters that may belong to a number at `at`, split into numerals, units and the rough
 * markers (几 多 来 把 余 零 成 半), without reading further than MAX_RUN.
 */
function scan(text: string, at: number): Part[] {
  const parts: Part[] = [];
  let i = at;
  const end = Math.min(text.length, at + MAX_RUN);
  while (i < end) {
    const c = text[i]!;
    if (isDigit(c)) {
      let j = i;
      while (
        j < end &&
        (isDigit(text[j]) || (text[j] === '.' && isDigit(text[j + 1]) && !text.slice(i, j).includes('.')))
      )
        j++;
      parts.push({ kind: 'n', value: Number(text.slice(i, j)), text: text.slice(i, j) });
      i = j;
      if (text[i]! in LATIN_UNIT) {
        parts.push({ kind: 'u', value: LATIN_UNIT[text[i]!]!, text: text[i]! });
        i++;
      }
      continue;
    }
    if (isCnDigit(c) && ALSO_SURNAMES.has(c) && parts.length === 0 && !AFTER_NUMERAL.has(text[i + 1] ?? '')) break;
    if (isCnDigit(c)) parts.push({ kind: 'n', value: CN_DIGIT[c]!, text: c });
    // 廿 and 卅: twenty and thirty (廿五 = 25).
    else if (c === '廿' || c === '卅') {
      parts.push({ kind: 'n', value: c === '廿' ? 2 : 3, text: c }, { kind: 'u', value: 10, text: '' });
    } else if (isUnit(c)) parts.push({ kind: 'u', value: UNIT[c]!, text: c });
    else if ('几多来把余半'.includes(c) && parts.length > 0) parts.push({ kind: 'a', text: c });
    // "小几千", "大几百" with nothing before: the low or the high end of "a few" of that unit.
    else if ((c === '小' || c === '大') && text[i + 1] === '几' && parts.length === 0)
      parts.push({ kind: 'a', text: c });
    // "六十大几": the upper half of the decade.
    else if (c === '大' && text[i + 1] === '几' && parts.length > 0) {
      parts.push({ kind: 'a', text: '大几' });
      i++;
    } else if (c === '几' || (c === '好' && text[i + 1] === '几')) parts.push({ kind: 'a', text: c });
    else if (
      (c === '舊' || c === '旧') &&
      parts.length > 0 &&
      (parts.at(-1)!.kind === 'n' || parts.at(-1)!.text === '几') &&
      /[水蚊几]/.test(text[i + 1] ?? '')
    )
      parts.push({ kind: 'u', value: 100, text: c });
    else break;
    i++;
  }
  return parts;
}

/** The place value of the lowest non-zero digit: 3000 → 1000, 3500 → 100, 75 → 1. */
function placeOf(n: number): number {
  if (n <= 0 || !Number.isInteger(n)) return 1;
  let p = 1;
  while (n % (p * 10) === 0) p *= 10;
  return p;
}

function exact(value: number, length: number): ReadNumber {
  return { value, lo: value, hi: value, approx: false, length };
}

function range(lo: number, hi: number, length: number): ReadNumber {
  return { value: Math.round((lo + hi) / 2), lo, hi, approx: true, length };
}

/**
 * Every code unit `scan` can begin a number with (a superset): the tokenizer asks at each position, and most
 * positions hold none, so they are turned away without building a scan.
 */
const NUMBER_START = new Set(
  [...'0123456789廿卅小大几好', ...Object.keys(CN_DIGIT), ...Object.keys(UNIT)].map((c) => c.charCodeAt(0)),
);

/**
 * A number at `at`, or undefined. `stopBefore(i)` says whether a word starting at i (一年,
 * 一个月) must not be eaten as a trailing digit ("两万一年" is 20000 a year, not 21000).
 */
export function readNumber(
  text: string,
  at: number,
  stopBefore: (i: number) => boolean = () => false,
): ReadNumber | undefined {
  if (!NUMBER_START.has(text.charCodeAt(at))) return undefined;
  const parts = scan(text, at);
  if (parts.length === 0) return undefined;
  // 好几 / 几 + unit: "几百" 200–900, "好几千" 3000–9000, "几十" 20–90.
  if (parts[0]!.kind === 'a') {
    const lead = parts[0]!.text;
    const few = lead === '好' || lead === '小' || lead === '大' ? 2 : 1;
    const unit = parts[few];
    if (parts[few - 1]?.text !== '几' || unit?.kind !== 'u') return undefined;
    let mult = unit.value;
    let used = few + 1;
    // "几十万", "几百万".
    const bigger = parts[used];
    if (bigger?.kind === 'u' && bigger.value > mult) {
      mult *= bigger.value;
      used++;
    }
    if (lead === '小') return range(mult, 4 * mult, used);
    if (lead === '大') return range(6 * mult, 9 * mult, used);
    return range((few === 2 ? 3 : 2) * mult, 9 * mult, used);
  }
  // Spelled digits without units (一三八…): a digit string, as in a phone number.
  if (parts.length >= 3 && parts.every((p) => p.kind === 'n' && p.text.length === 1 && isCnDigit(p.text))) {
    const digits = parts.map((p) => String((p as { value: number }).value)).join('');
    return {
      value: Number(digits),
      lo: Number(digits),
      hi: Number(digits),
      approx: false,
      length: parts.length,
      digitString: digits,
    };
  }

  let total = 0; // sections above 万 already closed
  let section = 0; // the current section below 万
  let digit: number | undefined;
  let lastUnit = 0; // the unit last applied (for 一千五 shorthand)
  let consumed = 0; // characters consumed so far (by parts)
  let used = 0; // parts used
  let rough: { lo: number; hi: number } | undefined;
  const chars = (k: number) => parts.slice(0, k).reduce((n, p) => n + p.text.length, 0);

  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    const startChar = at + chars(k);
    if (p.kind === 'n') {
      // 零 inside a number only marks a gap (一千零五十); alone it is 0.
      if (p.value === 0 && (p.text === '零' || p.text === '〇') && (section > 0 || total > 0) && digit === undefined) {
        used = k + 1;
        continue;
      }
      if (digit !== undefined) {
        // Two digits in a row: a range (三四百, 七八千, 十五六, 一万五六) when consecutive, else stop;
        // 三五 is the usual pair for "three to five" (三五千, 三五百).
        const next = parts[k + 1];
        // ("三十一二十八" is 31 then 28: a unit after the pair as large as the one before starts a new number.)
        const anew = next?.kind === 'u' && lastUnit > 0 && next.value >= lastUnit;
        if ((p.value === digit + 1 || (digit === 3 && p.value === 5)) && p.text.length === 1 && !rough && !anew) {
          const unit = next?.kind === 'u' ? next.value : lastUnit >= 100 ? lastUnit / 10 : 1;
          const base = total + section;
          rough = { lo: base + digit * unit, hi: base + p.value * unit };
          used = next?.kind === 'u' && next.value <= (lastUnit || Infinity) ? k + 2 : k + 1;
          if (next?.kind === 'u' && next.value >= 10_000) {
            rough = { lo: (section + digit) * next.value + total, hi: (section + p.value) * next.value + total };
          }
          break;
        }
        break;
      }
      if (stopBefore(startChar) && (section > 0 || total > 0)) break;
      digit = p.value;
      used = k + 1;
      continue;
    }
    if (p.kind === 'u') {
      // "三万五万", "十万八万", "三千五千": two round figures with the same unit, a range between them.
      if (digit !== undefined && p.value === lastUnit && p.value >= 1000 && total + section > 0) {
        const first = total + section;
        const second = digit * p.value + (p.value >= 10_000 ? 0 : total);
        rough = { lo: Math.min(first, second), hi: Math.max(first, second) };
        used = k + 1;
        break;
      }
      if (p.value >= 10_000) {
        total = (total + section + (digit ?? (section === 0 && total === 0 ? 1 : 0))) * p.value;
        section = 0;
      } else {
        section += (digit ?? 1) * p.value;
      }
      digit = undefined;
      lastUnit = p.value;
      used = k + 1;
      continue;
    }
    // Rough markers after what was read so far.
    const base = total + section + (digit ?? 0);
    if (base === 0) break;
    if (p.text === '多' || p.text === '余') {
      // "一万多啲", "三千多一点": only a little more.
      const little = startsWithPhrase(text.slice(at + chars(k + 1), at + chars(k + 1) + 2), 'aLittle');
      const step0 = digit !== undefined && lastUnit >= 100 ? lastUnit / 10 : placeOf(base);
      const step = little ? step0 * 0.3 : step0;
      // "三千多" 3000–4000; "七十多" 70–80; "一万多" 10000–20000. A unit after it scales ("十多万").
      const next = parts[k + 1];
      if (next?.kind === 'u' && next.value >= 10) {
        rough = { lo: base * next.value, hi: (base + placeOf(base)) * next.value };
        used = k + 2;
      } else {
        // "一百多", "一万多" span a doubling (100–199), and what people mean leans to the low end:
        // kept as 100–160, so the figure used (its middle, 130) is not half as much again.
        rough = { lo: base, hi: base + (step === base && !little ? 0.6 * step : step) };
        used = k + 1;
      }
      break;
    }
    // "两万好几" (千), "三千好几", "七十好几" (an age): a few (three to nine) of the next lower place on top.
    if (p.text === '好' && parts[k + 1]?.text === '几' && digit === undefined && lastUnit >= 10) {
      const step = lastUnit / 10;
      const unit = parts[k + 2];
      rough = { lo: base + 3 * step, hi: base + 9 * step };
      used = k + (unit?.kind === 'u' && unit.value === step ? 3 : 2);
      break;
    }
    if (p.text === '大几') {
      const step = Math.max(lastUnit, 10);
      rough = { lo: base + step / 2, hi: base + step - step / 10 };
      used = k + 1;
      break;
    }
    if (p.text === '几') {
      // "一百零几" 101–109, "一千零几十" 1010–1090: 零 says the places between are empty.
      const prev = parts[k - 1];
      if (prev?.kind === 'n' && (prev.text === '零' || prev.text === '〇') && digit === undefined) {
        const next = parts[k + 1];
        const unit = next?.kind === 'u' && next.value < lastUnit ? next.value : 1;
        rough = { lo: base + unit, hi: base + 9 * unit };
        used = k + (unit > 1 ? 2 : 1);
        break;
      }
      // "一百九几" 190–199: a digit right after 百 or 千 is the next place.
      if (digit !== undefined && lastUnit >= 100) {
        const b = total + section + digit * (lastUnit / 10);
        rough = { lo: b, hi: b + lastUnit / 10 - lastUnit / 100 };
        used = k + 1;
        break;
      }
      // "二千几" 2000–3000; "百几" 100–200; "十几" 11–19; "二十几" 21–29; "十几万" 110000–190000.
      const step = digit !== undefined ? 1 : lastUnit >= 10 ? lastUnit / 10 : 1;
      const span = step === 1 && lastUnit === 10 ? 9 : lastUnit >= 100 ? lastUnit : 10 * step;
      const next = parts[k + 1];
      const lo = base + step;
      const hi = base + span - (span > 1 && step === 1 ? 0 : 0);
      // "一百几十" 120–190, "三千几百" 3200–3900: a unit lower than the last one is the place 几 counts.
      if (next?.kind === 'u' && next.value >= 10 && next.value < lastUnit) {
        rough = { lo: base + 2 * next.value, hi: base + 9 * next.value };
        used = k + 2;
      } else if (next?.kind === 'u' && next.value >= 10) {
        rough = { lo: lo * next.value, hi: hi * next.value };
        used = k + 2;
      } else {
        rough = { lo: base, hi: base + (lastUnit || 10) };
        if (lastUnit === 10) rough = { lo: base + 1, hi: base + 9 };
        used = k + 1;
      }
      break;
    }
    if (p.text === '来') {
      // About: "两千来块" 1800–2300; "十来万" 80000–150000 (十来 is wider).
      const next = parts[k + 1];
      const scale = next?.kind === 'u' && next.value >= 10 ? next.value : 1;
      const wide = base === 10;
      rough = { lo: Math.round(base * (wide ? 0.8 : 0.9) * scale), hi: Math.round(base * (wide ? 1.5 : 1.15) * scale) };
      used = k + (scale > 1 ? 2 : 1);
      break;
    }
    if (p.text === '把') {
      // "千把块", "万把块": about a thousand (ten thousand), a little under or over — 900–1300.
      rough = { lo: base * 0.9, hi: base * 1.3 };
      used = k + 1;
      break;
    }
    if (p.text === '半') {
      // "两岁半", "一个半": the half is dropped for ages and counts, kept for amounts.
      const half = lastUnit >= 10 ? lastUnit / 2 : 0.5;
      total += section + (digit ?? 0) + (lastUnit >= 10 ? half : 0);
      section = 0;
      digit = undefined;
      used = k + 1;
      break;
    }
    break;
  }
  consumed = chars(used);
  if (consumed === 0) return undefined;
  if (rough) return range(Math.round(rough.lo), Math.round(rough.hi), consumed);

  // A trailing digit right after a unit takes the next lower unit (一千五 = 1500, 两万三 = 23000,
  // 1千5 = 1500), unless it starts a period word (两万一年).
  if (digit !== undefined) {
    const afterUnit = used >= 2 && parts[used - 2]!.kind === 'u';
    if (afterUnit && stopBefore(at + chars(used - 1))) {
      consumed = chars(used - 1);
      digit = undefined;
    } else if (afterUnit && lastUnit >= 100 && parts[used - 1]!.text.length === 1) {
      section += digit * (lastUnit >= 10_000 ? lastUnit / 10 : lastUnit / 10);
      if (lastUnit >= 10_000) {
        total += section;
        section = 0;
      }
      digit = undefined;
    }
  }
  const value = total + section + (digit ?? 0);
  return exact(value, consumed);
}

/** A number that is the whole text ("78", "七十八", "三千多"), or undefined. */
export function wholeNumber(text: string): ReadNumber | undefined {
  const n = readNumber(text, 0);
  return n && n.length === text.length ? n : undefined;
}
