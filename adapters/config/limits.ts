/**
 * DOUDI_CONFIG's `limits` section: how many unauthenticated writes a client may make to the
 * public API (POST /api/v1/screen, /ask, /hotline/intake) a minute. Every screening is stored
 * (anonymously), so without a limit anyone could fill the disk; a hotline console that sends
 * every call from one address may need a higher number. 0 switches the limit off. Pure.
 */
import { z } from 'zod';

export const LimitsSection = z
  .object({
    limits: z
      .object({ apiPerMinute: z.number().int().min(0).max(1_000_000).default(30) })
      .strict()
      .optional(),
  })
  .passthrough();

export interface Limits {
  /** Public API POSTs per client per minute; 0 = no limit. */
  apiPerMinute: number;
}

export const DEFAULT_LIMITS: Limits = { apiPerMinute: 30 };

export class LimitsConfigError extends Error {
  override readonly name = 'LimitsConfigError';
}

export function limitsFrom(config: unknown): Limits {
  const parsed = LimitsSection.safeParse(config ?? {});
  if (!parsed.success)
    throw new LimitsConfigError(
      `DOUDI_CONFIG limits: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return { apiPerMinute: parsed.data.limits?.apiPerMinute ?? DEFAULT_LIMITS.apiPerMinute };
}
