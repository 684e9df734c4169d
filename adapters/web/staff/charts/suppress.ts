/**
 * Small counts are not shown, so that nobody can be recognised from a chart of a small place on
 * one day: a count from 1 to SUPPRESS_BELOW − 1 is shown as "<5" (in the pictures, the tables and
 * the CSV alike), 0 as 0, and a rate only when both of its counts are shown. The same rule for
 * every role. (Primary suppression only: a total and its shown parts may still bound a hidden
 * cell, which is why cells are by day and totals are suppressed by the same rule.)
 */
export const SUPPRESS_BELOW = 5;

export function suppressed(n: number): boolean {
  return n > 0 && n < SUPPRESS_BELOW;
}

/** The count as shown: "<5" when small, else the number. */
export function shown(n: number): string {
  return suppressed(n) ? `<${SUPPRESS_BELOW}` : String(n);
}

/** A rate in whole percent, or "—" when either count is hidden or the base is 0. */
export function rate(part: number, whole: number): string {
  if (whole === 0 || suppressed(part) || suppressed(whole)) return '—';
  return `${Math.round((part / whole) * 100)}%`;
}
