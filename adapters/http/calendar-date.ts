/**
 * One check for every date that comes in from outside (API query strings, console filters):
 * YYYY-MM-DD naming a day that exists. A format check alone let 2026-13-45 through, and
 * `new Date()` rolls 2026-02-30 over to 2 March instead of refusing it.
 */
import { z } from 'zod';

const CalendarDate = z.iso.date();

export function isCalendarDate(text: string): boolean {
  return CalendarDate.safeParse(text).success;
}
