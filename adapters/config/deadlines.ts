/**
 * How long each step of a request may take, in working days (./calendar.ts), and when an overdue
 * request is raised to the township and then the county. DOUDI_CONFIG's `deadlines` sets them for
 * every city or per city (a city code); the defaults are below, each with where it comes from.
 * Pure: parses and answers "when is this due".
 */
import { z } from 'zod';
import type { WorkingCalendar } from './calendar.ts';

/** The statuses a request waits in for someone to act; the final ones have no deadline. */
export const OPEN_STAGES = ['new', 'contacted', 'visited', 'submitted'] as const;
export type OpenStage = (typeof OPEN_STAGES)[number];

export type StageDays = Record<OpenStage, number>;

export interface DeadlineRules {
  normal: StageDays;
  /** Requests that carry an emergency (./urgency.ts). */
  urgent: StageDays;
  /** Working days after the township was told of an overdue request before the county is told. */
  countyAfter: number;
}

/**
 * Defaults. Where the texts set a limit it is used; elsewhere doudi's own, which an office changes
 * in DOUDI_CONFIG:
 * - new (the village calls the resident): 3 working days, the time the village's notice has always
 *   asked for; the township's own first step after accepting an application has the same limit
 *   (最低生活保障审核确认办法 mz2021-57.a15: 3个工作日内启动家庭经济状况调查).
 * - contacted (the visit) and visited (the application handed to the township): 5 working days each,
 *   doudi's own (the texts set none for the village's part).
 * - submitted (the township's check and the county's decision): 30 working days
 *   (mz2021-57.a22: 审核确认工作应当自受理之日起30个工作日之内完成).
 * - urgent: the village within 1 working day, and each later step within 1, the decision within 5:
 *   临时救助 for an emergency is given first and documented after (社会救助法 sjzf2026.a50 先行救助;
 *   国务院令第649号 gwy649.a48: 情况紧急的，可以按照规定简化审批手续).
 * - countyAfter: 5 working days, doudi's own.
 */
export const DEFAULT_DEADLINES: DeadlineRules = {
  normal: { new: 3, contacted: 5, visited: 5, submitted: 30 },
  urgent: { new: 1, contacted: 1, visited: 1, submitted: 5 },
  countyAfter: 5,
};

const Days = z.number().int().min(1).max(90);
const Stages = z.object({ new: Days, contacted: Days, visited: Days, submitted: Days }).partial().strict();
const Rules = z.object({ normal: Stages.optional(), urgent: Stages.optional(), countyAfter: Days.optional() }).strict();

export const DeadlinesSection = z
  .object({
    deadlines: Rules.extend({
      /** Per city (its six-digit code, ending in 00): what differs from the lines above. */
      cities: z.record(z.string().regex(/^\d{4}00$/, 'a six-digit city code ending in 00'), Rules).optional(),
      /** A hardship event reported within this many days (or undated) makes a request urgent. */
      urgentEventDays: z.number().int().min(1).max(365).optional(),
    })
      .strict()
      .optional(),
  })
  .passthrough();

export interface Deadlines {
  rulesFor(region: string): DeadlineRules;
  urgentEventDays: number;
  /** When a request entering `status` at `atMs` is due; undefined for a final status. */
  dueAt(region: string, status: string, urgent: boolean, atMs: number): number | undefined;
  /** When the county is told of a request the township was told of at `dueMs`. */
  countyAt(region: string, dueMs: number): number;
  /** Working days the village has to call, as the resident is told. */
  contactDays(region: string, urgent: boolean): number;
}

export class DeadlinesConfigError extends Error {
  override readonly name = 'DeadlinesConfigError';
}

const cityOf = (region: string) => `${region.slice(0, 4)}00`;

export function deadlines(config: unknown, calendar: WorkingCalendar): Deadlines {
  const parsed = DeadlinesSection.safeParse(config ?? {});
  if (!parsed.success)
    throw new DeadlinesConfigError(
      `DOUDI_CONFIG deadlines: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const d = parsed.data.deadlines ?? {};
  const merge = (base: DeadlineRules, over: z.infer<typeof Rules> | undefined): DeadlineRules => ({
    normal: { ...base.normal, ...over?.normal },
    urgent: { ...base.urgent, ...over?.urgent },
    countyAfter: over?.countyAfter ?? base.countyAfter,
  });
  const all = merge(DEFAULT_DEADLINES, d);
  const cities = new Map(Object.entries(d.cities ?? {}).map(([code, rules]) => [code, merge(all, rules)]));
  const rulesFor = (region: string) => cities.get(cityOf(region)) ?? all;
  return {
    rulesFor,
    urgentEventDays: d.urgentEventDays ?? 30,
    dueAt(region, status, urgent, atMs) {
      if (!(OPEN_STAGES as readonly string[]).includes(status)) return undefined;
      const rules = rulesFor(region);
      return calendar.addWorkingDays(atMs, (urgent ? rules.urgent : rules.normal)[status as OpenStage]);
    },
    countyAt: (region, dueMs) => calendar.addWorkingDays(dueMs - 1, rulesFor(region).countyAfter),
    contactDays: (region, urgent) => (urgent ? rulesFor(region).urgent.new : rulesFor(region).normal.new),
  };
}
