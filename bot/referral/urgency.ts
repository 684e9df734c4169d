/**
 * Whether a request carries an emergency and must not wait its turn: the resident reported a
 * hardship event (a fire, a flood, an accident, a sudden illness, a crime…) that is recent — dated
 * within `recentDays`, or undated, as people say "房子着火了" of what is happening now — unless
 * they said basic living is not in severe difficulty. That is the 急难 of 临时救助 (国务院令第649号
 * gwy649.a47; 社会救助法 sjzf2026.a29), which is given first and documented after (sjzf2026.a50
 * 先行救助), whatever program the resident was screened for. Pure.
 */
import type { Household } from '../../screening/index.ts';

const DAY_MS = 86_400_000;

export function isUrgent(household: Household, today: string, recentDays: number): boolean {
  const now = Date.parse(`${today}T00:00:00Z`);
  return (household.hardship?.events ?? []).some((e) => {
    if (e.basicLivingSevere === false) return false;
    if (!e.date) return true;
    const at = Date.parse(`${e.date}T00:00:00Z`);
    return Number.isFinite(at) && now - at <= recentDays * DAY_MS;
  });
}
