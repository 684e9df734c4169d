/**
 * Festival and season dates residents use for when something happened ("中秋节前两天",
 * "快过年那阵", "秋收的时候"). Lunar festivals fall on different days each year, so they are
 * listed by year; a year not listed is not guessed.
 */

export const FESTIVALS: Record<string, Readonly<Record<number, string>>> = {
  春节: { 2024: '02-10', 2025: '01-29', 2026: '02-17', 2027: '02-06', 2028: '01-26' },
  元宵: { 2024: '02-24', 2025: '02-12', 2026: '03-03', 2027: '02-20', 2028: '02-09' },
  端午: { 2024: '06-10', 2025: '05-31', 2026: '06-19', 2027: '06-09', 2028: '05-28' },
  中秋: { 2024: '09-17', 2025: '10-06', 2026: '09-25', 2027: '09-15', 2028: '10-03' },
};

/** Fixed-date holidays and seasons of the farming year, as month-day. */
export const FIXED: Readonly<Record<string, string>> = {
  元旦: '01-01',
  清明: '04-05',
  五一: '05-01',
  国庆: '10-01',
  // National Day said by its date, with the holiday named (十一 alone is a number).
  十一放假: '10-01',
  十一长假: '10-01',
  十一假期: '10-01',
  十一黄金周: '10-01',
  十一嗰阵: '10-01',
  十一那阵: '10-01',
  麦收: '06-10',
  夏收: '06-10',
  秋收: '10-01',
  年底: '12-20',
  年尾: '12-20',
  年末: '12-20',
};

/** Words for the festivals, as people say them. */
export const FESTIVAL_WORDS: readonly [string, string][] = [
  ['过年', '春节'],
  ['春节', '春节'],
  ['大年', '春节'],
  ['元宵', '元宵'],
  ['正月十五', '元宵'],
  ['端午', '端午'],
  ['五月节', '端午'],
  ['中秋', '中秋'],
  ['八月十五', '中秋'],
];
