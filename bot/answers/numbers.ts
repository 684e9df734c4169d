/**
 * Numbers as residents write them: digits (half- or full-width), Chinese numerals (七十八,
 * 一千五, 两万三, 十几), units (万, 千, 块/元/毛), and money with a period (每月800, 两万一年).
 */

const FULL_WIDTH = /[０-９．]/g;

/** Full-width digits and punctuation to ASCII; trims. */
export function normalise(text: string): string {
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ').trim();
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 幺: 1, 二: 2, 两: 2, 俩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/**
 * A Chinese numeral: 七十八 → 78, 十五 → 15, 一千五 → 1500 (spoken shorthand: the trailing
 * digit takes the next lower unit), 两万三 → 23000, 三万五千 → 35000, 一二三 → 123.
 */
export function parseChineseNumber(s: string): number | undefined {
  const t = s.trim();
  if (t === '' || /[^零〇一幺二两俩三四五六七八九十拾百佰千仟万萬亿]/.test(t)) return undefined;
  if ([...t].every((c) => c in DIGITS) && t.length > 1) return Number([...t].map((c) => DIGITS[c]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = 1;
  for (const c of t) {
    if (c in DIGITS) {
      digit = DIGITS[c];
    } else if (c in SMALL_UNITS) {
      const unit = SMALL_UNITS[c]!;
      section += (digit ?? 1) * unit;
      digit = undefined;
      lastUnit = unit;
    } else if (c === '万' || c === '萬' || c === '亿') {
      const unit = c === '亿' ? 100_000_000 : 10_000;
      total += (section + (digit ?? 0)) * unit;
      section = 0;
      digit = undefined;
      lastUnit = unit;
    }
  }
  if (digit !== undefined) {
    // "一千五" = 1500, "两万三" = 23000: a trailing digit right after a unit takes the next lower unit.
    const prev = t.at(-2) ?? '';
    const shorthand = prev in SMALL_UNITS || prev === '万' || prev === '萬' || prev === '亿';
    section += shorthand && lastUnit >= 100 ? digit * (lastUnit / 10) : digit;
  }
  return total + section;
}

export interface Money {
  yuan: number;
  period?: 'month' | 'year';
  /** "十几万", "两千多": a rough figure. */
  approximate: boolean;
}

const NUMBER_RE = /([0-9]+(?:\.[0-9]+)?|[零〇一幺二两俩三四五六七八九十拾百佰千仟万萬]+)\s*(几|多)?\s*(万|千|百|块|元|毛)?/;

const MONTH_WORDS = /每个?月|一个月|月收入|月均|月入|月薪|月工资|\/月|一月/;
const YEAR_WORDS = /一年|每年|年收入|全年|\/年|年入|一整年/;
const MONTH_WORDS_ALL = /每个?月|一个月|月收入|月均|月入|月薪|月工资|\/月|一月/g;
const YEAR_WORDS_ALL = /一年|每年|年收入|全年|\/年|年入|一整年/g;

/** The first amount of money in a short answer, with its period if stated. */
export function parseMoney(text: string): Money | undefined {
  const t = normalise(text).replace(/,/g, '');
  const period = MONTH_WORDS.test(t) ? 'month' : YEAR_WORDS.test(t) ? 'year' : undefined;
  // Drop the period words first, so the 一 of "两万一年" is not read as part of the number.
  const bare = t.replace(MONTH_WORDS_ALL, ' ').replace(YEAR_WORDS_ALL, ' ');
  const m = bare.match(NUMBER_RE);
  if (!m?.[1]) return undefined;
  const raw = m[1];
  let approximate = m[2] !== undefined;
  // "十几万" ≈ 15 万; "二十几" ≈ 25: a rough figure in the middle of the range.
  let n = raw === '十' && m[2] === '几' ? 15 : /^[0-9.]+$/.test(raw) ? Number(raw) : parseChineseNumber(raw);
  if (n !== undefined && m[2] === '几' && raw !== '十' && raw.endsWith('十')) n += 5;
  if (n === undefined || !Number.isFinite(n)) return undefined;
  const unit = m[3];
  if (unit === '万') n *= 10_000;
  else if (unit === '千') n *= 1000;
  else if (unit === '百') n *= 100;
  else if (unit === '毛') n /= 10;
  return { yuan: Math.round(n * 100) / 100, ...(period ? { period } : {}), approximate };
}
