/**
 * The offices above the villages: townships (乡镇人民政府/街道办事处) and counties (县级民政部门),
 * from DOUDI_CONFIG's `townships` and `counties`. They receive what the village list cannot
 * place (a resident whose village is not listed) and requests the village let run past their
 * deadline (./deadlines.ts): each may name where it is told, a WeCom group robot or a Telegram
 * group, like a village. Pure.
 */
import { z } from 'zod';
import { Notify } from './notify-target.ts';

const Code = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'code: letters, digits, _ and - only, at most 64');
const Contact = z
  .object({
    name: z.string().min(1).max(40),
    role: z.string().max(40).optional(),
    phone: z.string().max(40).optional(),
  })
  .strict();

const Office = z
  .object({
    code: Code,
    name: z.string().min(1).max(40),
    contacts: z.array(Contact).default([]),
    notify: Notify.optional(),
  })
  .strict();
const County = Office.extend({ code: z.string().regex(/^\d{6}$/, 'a county or city code (GB/T 2260), six digits') });

export const OfficesSection = z
  .object({
    townships: z.array(Office).max(5000).optional(),
    /** A county's (or a city's, for residents who named only the city) civil-affairs office. */
    counties: z.array(County).max(500).optional(),
  })
  .passthrough();

export type Office = z.infer<typeof Office>;

export interface Offices {
  township(code: string): Office | undefined;
  /** The county's office, or its city's when the county has none (a six-digit city code ending in 00). */
  county(region: string): Office | undefined;
  all(): { townships: Office[]; counties: Office[] };
}

export class OfficesConfigError extends Error {
  override readonly name = 'OfficesConfigError';
}

export function offices(config: unknown): Offices {
  const parsed = OfficesSection.safeParse(config ?? {});
  if (!parsed.success)
    throw new OfficesConfigError(
      `DOUDI_CONFIG townships/counties: ` +
        `${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const townships = parsed.data.townships ?? [];
  const counties = parsed.data.counties ?? [];
  for (const [label, list] of [
    ['townships', townships],
    ['counties', counties],
  ] as const) {
    const seen = new Set<string>();
    for (const o of list) {
      if (seen.has(o.code)) throw new OfficesConfigError(`DOUDI_CONFIG ${label}: code ${o.code} appears twice`);
      seen.add(o.code);
    }
  }
  const t = new Map(townships.map((o) => [o.code, o]));
  const c = new Map(counties.map((o) => [o.code, o]));
  return {
    township: (code) => t.get(code),
    county: (region) => c.get(region) ?? c.get(`${region.slice(0, 4)}00`),
    all: () => ({ townships, counties }),
  };
}
