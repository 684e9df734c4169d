/**
 * Calendar arithmetic on ISO dates, for periods the rules count in months (how long ago an
 * emergency was). Pure: the date is always an argument.
 */

/** Months of 30 days. */
const SHORT_MONTHS: readonly number[] = [4, 6, 9, 11];
const MONTHS = 12;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * The ISO date `months` calendar months after `date` (day clamped to the month's end), so a
 * period runs up to and including the same day `months` months later.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * MONTHS + (m - 1) + months;
  const year = Math.floor(index / MONTHS);
  const month = (index % MONTHS) + 1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 ? (leap ? 29 : 28) : SHORT_MONTHS.includes(month) ? 30 : 31;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}
