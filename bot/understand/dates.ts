/**
 * When something happened, in the words residents use ("昨天", "琴日", "三天前", "上个月",
 * "上个礼拜三", "10月5日", "十月中", "2026年10月", "旧年"), as an ISO date relative to today.
 * Vague answers give the start of the period they name; the screening only needs to know
 * whether it was within the last months.
 */
import { wholeNumber } from './numbers.ts';
import { normalise } from './tokens.ts';
import { FESTIVAL_WORDS, FESTIVALS, FIXED } from './calendar.ts';
import { firstPhrase, hasPhrase, hasPhrases, startsWithPhrase } from './phrases.ts';

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function shift(today: string, days: number, months = 0): string {
  const d = new Date(`${today}T00:00:00Z`);
  if (months !== 0) d.setUTCMonth(d.getUTCMonth() + months, 1);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

function num(s: string): number | undefined {
  const n = wholeNumber(s);
  return /^\d+$/.test(s) ? Number(s) : n && !n.approx ? n.value : undefined;
}

/** A real calendar date, or undefined (2月30日 is not one). */
function valid(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return iso(d);
}

/** The most recent day, not after today, of a festival or season named ("中秋节前两天"). */
function festival(t: string, today: string): string | undefined {
  const year = Number(today.slice(0, 4));
  const lastYear = hasPhrase(t, 'lastYear');
  const pick = (monthDay: (y: number) => string | undefined): string | undefined => {
    for (const y of lastYear ? [year - 1] : [year, year - 1]) {
      const md = monthDay(y);
      if (md && `${y}-${md}` <= today) return `${y}-${md}`;
    }
    return undefined;
  };
  let base: string | undefined;
  const f = FESTIVAL_WORDS.find(([w]) => t.includes(w));
  if (f) base = pick((y) => FESTIVALS[f[1]]?.[y]);
  const fixed = Object.keys(FIXED).find((w) => t.includes(w));
  if (!base && fixed) base = pick(() => FIXED[fixed]);
  if (!base) return undefined;
  // "快过年", "年前": the week before; "节前两天", "节后三天": counted from the festival.
  const before = t.match(/前([0-9一二两三四五六七八九十]{1,2})天/);
  const after = t.match(/后([0-9一二两三四五六七八九十]{1,2})天/);
  if (before?.[1] && num(before[1]) !== undefined) return shift(base, -num(before[1])!);
  if (after?.[1] && num(after[1]) !== undefined) return shift(base, num(after[1])!);
  if (hasPhrase(t, 'beforeNewYear')) return shift(base, -7);
  return base;
}

/**
 * "九月底", "上个月中旬", "十月初": the part of the month named, as a day (初/上旬 the 5th, 中/中旬 the
 * 15th, 底/尾/末/下旬 the 25th), so a rough date lands inside the month and close to when it was.
 */
function partOfMonth(after: string): number | undefined {
  const part = after.startsWith('份') ? after.slice(1) : after;
  if (startsWithPhrase(part, 'monthStart')) return 5;
  if (startsWithPhrase(part, 'monthMiddle') && !startsWithPhrase(part, 'struckBy')) return 15;
  if (startsWithPhrase(part, 'monthEnd')) return 25;
  return undefined;
}

/** A day of a month, or undefined when it would be after today's date in that month. */
function dayIn(first: string, day: number | undefined, today: string): string | undefined {
  if (day === undefined) return undefined;
  const d = `${first.slice(0, 8)}${String(day).padStart(2, '0')}`;
  return d <= today ? d : undefined;
}

/** A month and perhaps a day ("11月28日", "十月二十", "2025年3月"): grammar, the parts captured. */
const MONTH_DAY =
  /(?:(\d{4})年)?([0-9一二三四五六七八九十]{1,3})月(?:份)?(?:([0-9一二三四五六七八九十廿卅]{1,3})(?:[日号]|(?![0-9一二三四五六七八九十千万百块元个岁号日])))?/g;

/**
 * "一月四千五", "一月养老金三百多", "一月给三百": 一月 with no year, no 份 and no day, right before an amount or
 * money, is "a month" (a rate), not January. One or two characters on each side are looked at.
 */
function aMonthsRate(t: string, m: RegExpMatchArray): boolean {
  // (The whole match is 一月: no year, no 份, no day.)
  if (m[0] !== '一月') return false;
  const at = m.index ?? 0;
  if (/[年0-9一二三四五六七八九十]$/.test(t.slice(Math.max(0, at - 1), at))) return false;
  const after = t.slice(at + 2, at + 4);
  return /^(?:[0-9两二三四五六七八九十百千]|[挣赚领拿给有收能就才也只]|养老|工资|收入|退休|补贴|租金|生活)/.test(after);
}

export function parseWhen(text: string, today: string): string | undefined {
  const t = normalise(text).replace(/\s/g, '');
  const fest = festival(t, today);
  if (fest) return fest;
  if (hasPhrase(t, 'todayNow')) return today;
  if (hasPhrase(t, 'dayBeforeYesterday')) return shift(today, -2);
  if (hasPhrase(t, 'yesterday')) return shift(today, -1);
  if (hasPhrase(t, 'fewDaysAgo')) return shift(today, -3);
  // Grammar, not a word list: which week, a week word, then the day captured (stays a regex).
  const weekday = t.match(/(上|这|呢|今)(?:个)?(?:星期|礼拜|周)([一二三四五六日天])/);
  if (weekday?.[2]) {
    const want = '日一二三四五六'.indexOf(weekday[2] === '天' ? '日' : weekday[2]);
    const now = new Date(`${today}T00:00:00Z`).getUTCDay();
    const thisWeek = shift(today, want - now);
    return weekday[1] === '上' || thisWeek > today ? shift(thisWeek, -7) : thisWeek;
  }
  if (hasPhrase(t, 'halfMonthAgo')) return shift(today, -15);
  // Grammar: a number captured before a unit of time and 前 (these regexes stay; 俩/仨 are numerals too).
  let m = t.match(/([0-9零一二两俩仨三四五六七八九十]{1,4})(天|日)前/);
  if (m?.[1]) {
    const n = num(m[1]);
    if (n !== undefined) return shift(today, -n);
  }
  m = t.match(/([0-9零一二两俩仨三四五六七八九十]{1,4})(个)?(星期|礼拜|周)前/);
  if (m?.[1]) {
    const n = num(m[1]);
    if (n !== undefined) return shift(today, -7 * n);
  }
  if (hasPhrases(t, 'lastWeekStart', 'weekWord')) return shift(today, -7);
  // "本月1号", "今个月一号" (粤): a day of this month.
  // Grammar: the day captured right after a this-month word (the same words as the list thisMonth).
  const thisMonthDay = t.match(/(这个月|本月|今个月|呢个月)([0-9一二三四五六七八九十]{1,3})[日号]/);
  if (thisMonthDay?.[2] && num(thisMonthDay[2]) !== undefined)
    return valid(Number(today.slice(0, 4)), Number(today.slice(5, 7)), num(thisMonthDay[2])!);
  const thisMonth = firstPhrase(t, 'thisMonth');
  if (thisMonth) {
    const first = `${shift(today, 0, 0).slice(0, 8)}01`;
    return dayIn(first, partOfMonth(t.slice(thisMonth.index + thisMonth.length)), today) ?? first;
  }
  // "两个多月前", "一个多礼拜前": a little more than that many.
  // Grammar: a number captured, 个多, a unit of time, 前.
  m = t.match(/([0-9一二两俩仨三四五六七八九十]{1,3})个多(星期|礼拜|周|月)前/);
  if (m?.[1] && num(m[1]) !== undefined)
    return m[2] === '月' ? shift(today, -10, -num(m[1])!) : shift(today, -7 * num(m[1])! - 3);
  if (hasPhrase(t, 'halfYearAgo')) return shift(today, 0, -6);
  m = t.match(/([0-9零一二两俩仨三四五六七八九十半]{1,4})个?月前/);
  if (m?.[1]) {
    const n = m[1] === '半' ? 0 : num(m[1]);
    if (n !== undefined) return n === 0 ? shift(today, -15) : shift(today, 0, -n);
  }
  const lastMonthDay = t.match(/上个?月([0-9一二三四五六七八九十]{1,3})[日号]/);
  if (lastMonthDay?.[1] && num(lastMonthDay[1]) !== undefined) {
    const first = shift(today, 0, -1);
    return valid(Number(first.slice(0, 4)), Number(first.slice(5, 7)), num(lastMonthDay[1])!);
  }
  const lastMonth = t.match(/(上上|上)个?月/); // grammar: one or two 上 captured before 月
  if (lastMonth) {
    const first = shift(today, 0, lastMonth[1] === '上上' ? -2 : -1);
    return dayIn(first, partOfMonth(t.slice((lastMonth.index ?? 0) + lastMonth[0].length)), today) ?? first;
  }
  if (hasPhrase(t, 'lastYear') && !/[0-9一二三四五六七八九十]{1,3}月/.test(t))
    return `${Number(today.slice(0, 4)) - 1}-01-01`;
  if (/前年/.test(t)) return `${Number(today.slice(0, 4)) - 2}-01-01`;
  // Grammar (a date's parts captured), a regex that stays.
  // "11月28" typed without 号: the day still, unless more digits or a unit follow (an amount).
  m = null;
  for (const d of t.matchAll(MONTH_DAY))
    if (!aMonthsRate(t, d)) {
      m = d;
      break;
    }
  if (m?.[2]) {
    const month = num(m[2]);
    const day = m[3] ? num(m[3]) : (partOfMonth(t.slice((m.index ?? 0) + m[0].length)) ?? 1);
    if (month === undefined || day === undefined || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    let year = m[1]
      ? Number(m[1])
      : hasPhrase(t, 'lastYear')
        ? Number(today.slice(0, 4)) - 1
        : Number(today.slice(0, 4));
    const candidate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (!m[1] && candidate > today) year -= 1;
    return valid(year, month, day);
  }
  m = t.match(/(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/);
  if (m?.[1] && m[2] && m[3]) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  // A work order's month and day with a slash and no year ("12/2 下午", "（12/4）"): the last such day
  // not after today. (Not part of a longer figure or a rate: "2200/月", "1/2/3" have more digits or slashes.)
  m = t.match(/(?:^|[^0-9/.])(1[0-2]|0?[1-9])\/([12][0-9]|3[01]|0?[1-9])(?![0-9/.])/);
  if (m?.[1] && m[2]) {
    const [month, day] = [Number(m[1]), Number(m[2])];
    const year = Number(today.slice(0, 4));
    const candidate = valid(year, month, day);
    return candidate && candidate > today ? valid(year - 1, month, day) : candidate;
  }
  // "前些年", "早年", "十多年前", "两年前": years ago, after any month or date named (the start of the period named).
  // Grammar: a number captured before 年 and a word for ago.
  const yearsAgo = t.match(/([0-9一二两俩仨三四五六七八九十]{1,3})多?年(?:前|之前|以前)/);
  if (yearsAgo?.[1] && num(yearsAgo[1]) !== undefined)
    return `${Number(today.slice(0, 4)) - Math.max(1, num(yearsAgo[1])!)}-01-01`;
  if (hasPhrase(t, 'yearsAgo')) return `${Number(today.slice(0, 4)) - 2}-01-01`;
  // "2015年在工地摔伤": a year alone, no month after it; its start, when not after this year.
  m = t.match(/(?:^|[^0-9])((?:19|20)\d{2})年(?![0-9一二三四五六七八九十]{1,2}月)/);
  if (m?.[1] && Number(m[1]) <= Number(today.slice(0, 4))) return `${m[1]}-01-01`;
  return undefined;
}

/**
 * "11月28", "十月二十" typed without 号: the number (1 to 31, the caller checks) after a month is its day, not an amount (11月
 * is not "a month" there). True for the number starting at `start` when a month number and 月 come
 * right before it and no unit follows. Looks at a few characters either side: linear.
 */
export function isDayAfterMonth(text: string, start: number, end: number): boolean {
  if (!/[0-9一二三四五六七八九十]月(份)?$/.test(text.slice(Math.max(0, start - 4), start))) return false;
  // (每个月, 一个月: a period, not a month of the year.)
  if (/[个每]月(份)?$/.test(text.slice(Math.max(0, start - 3), start))) return false;
  return !/^\s*[0-9一二三四五六七八九十千万百块元个岁]/.test(text.slice(end, end + 2));
}
