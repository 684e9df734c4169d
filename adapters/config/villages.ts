/**
 * The villages (村/社区) requests go to, from DOUDI_CONFIG's `villages` section: code, name,
 * township, the county or city code whose rules apply, who to call, and where a new request is
 * announced (a WeCom group robot or a Telegram group). Pure: parses and looks up, no I/O.
 * Without a configuration, the sample villages of the city packages (two per built-in city) let
 * the whole flow be tried.
 *
 * The directory also carries what the office side reads from the same file: the townships and
 * counties above the villages (./offices.ts), the deadlines (./deadlines.ts) over the working-day
 * calendar (./calendar.ts), and the follow-up (./follow-up.ts); so everything that routes and
 * times a request arrives wherever the villages do.
 */
import { z } from 'zod';
import { defaultParameters, type ParameterSet } from '../../screening/index.ts';
import { type WorkingCalendar, workingCalendar } from './calendar.ts';
import { type Deadlines, deadlines } from './deadlines.ts';
import { type FollowUp, followUpFrom } from './follow-up.ts';
import { Notify } from './notify-target.ts';
import { type Outreach, outreach } from './outreach.ts';
import { type Offices, offices } from './offices.ts';

const Code = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'code: letters, digits, _ and - only, at most 64');

const Contact = z
  .object({
    name: z.string().min(1).max(40),
    role: z.string().max(40).optional(),
    phone: z.string().max(40).optional(),
  })
  .strict();

export const VillageConfig = z
  .object({
    code: Code,
    name: z.string().min(1).max(40),
    township: z.object({ code: Code, name: z.string().min(1).max(40) }).strict(),
    /** County/district or city code (GB/T 2260) whose rules apply. */
    region: z.string().regex(/^\d{6}$/),
    contacts: z.array(Contact).default([]),
    notify: Notify.optional(),
  })
  .strict();
export type Village = z.infer<typeof VillageConfig> & { demo?: boolean };

export const VillagesSection = z
  .object({
    villages: z.array(VillageConfig).optional(),
    /**
     * Days a finished request (办结/不符合条件/撤回) is kept before automatic deletion, an idle
     * dialogue, and an anonymous screening count (anyone may screen, so those cannot be kept forever).
     */
    retention: z
      .object({
        closedRequestDays: z.number().int().min(1).max(3650).default(365),
        sessionDays: z.number().int().min(1).max(365).default(30),
        screeningEventDays: z.number().int().min(1).max(3650).default(365),
        /** Days a visit record (issue 18) is kept after the visit. */
        visitDays: z.number().int().min(31).max(3650).default(400),
      })
      .strict()
      .optional(),
  })
  .passthrough();

export interface Retention {
  closedRequestDays: number;
  sessionDays: number;
  screeningEventDays: number;
  /** Default 400 (a year and a month: the monthly reports of the last year can be made again). */
  visitDays?: number;
}

export interface VillageDirectory {
  all(): Village[];
  get(code: string): Village | undefined;
  /** Villages whose region is the city or lies inside it (a county code's first four digits). */
  inCity(cityCode: string): Village[];
  demo: boolean;
  retention: Retention;
  /** Townships and counties above the villages, with their notification targets. */
  offices: Offices;
  calendar: WorkingCalendar;
  deadlines: Deadlines;
  followUp: FollowUp;
  /** Focus groups, change kinds and the monthly report's due dates (./outreach.ts). */
  outreach: Outreach;
}

/** The city packages' sample villages (each package's `demoVillages`), marked demo. */
function demoVillages(parameters: ParameterSet): Village[] {
  return [...parameters.cities.values()].flatMap((c) =>
    c.demoVillages.map((v) => ({ ...v, contacts: [...v.contacts], demo: true })),
  );
}

export class VillageConfigError extends Error {
  override readonly name = 'VillageConfigError';
}

export function villageDirectory(config: unknown, parameters: ParameterSet = defaultParameters()): VillageDirectory {
  const parsed = VillagesSection.safeParse(config ?? {});
  if (!parsed.success)
    throw new VillageConfigError(
      `DOUDI_CONFIG villages: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const configured = parsed.data.villages;
  const demo = !(configured && configured.length > 0);
  const list: Village[] = configured && !demo ? configured : demoVillages(parameters);
  const codes = new Set<string>();
  for (const v of list) {
    if (codes.has(v.code)) throw new VillageConfigError(`DOUDI_CONFIG villages: code ${v.code} appears twice`);
    codes.add(v.code);
  }
  const byCode = new Map(list.map((v) => [v.code, v]));
  const calendar = workingCalendar(config);
  return {
    all: () => list,
    get: (code) => byCode.get(code),
    inCity: (city) => list.filter((v) => v.region.slice(0, 4) === city.slice(0, 4)),
    demo,
    retention: {
      closedRequestDays: parsed.data.retention?.closedRequestDays ?? 365,
      sessionDays: parsed.data.retention?.sessionDays ?? 30,
      screeningEventDays: parsed.data.retention?.screeningEventDays ?? 365,
      visitDays: parsed.data.retention?.visitDays ?? 400,
    },
    offices: offices(config),
    calendar,
    deadlines: deadlines(config, calendar),
    followUp: followUpFrom(config),
    outreach: outreach(config, parameters, calendar),
  };
}
