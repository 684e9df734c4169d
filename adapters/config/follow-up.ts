/**
 * DOUDI_CONFIG's `followUp`: how many days after a request is finished (已办结 or 不符合条件) the
 * resident is asked whether they were contacted and what happened (回访), and how long doudi
 * waits for a WeChat resident to write again (WeChat lets an account message a user only within
 * 48 hours of the user's last message) before giving up the push; the link page asks on the next
 * visit whatever the channel. 0 days switches the follow-up off. Pure.
 */
import { z } from 'zod';

export const FollowUpSection = z
  .object({
    followUp: z
      .object({
        days: z.number().int().min(0).max(365).default(7),
        waitDays: z.number().int().min(0).max(365).default(30),
      })
      .strict()
      .optional(),
  })
  .passthrough();

export interface FollowUp {
  /** 0: no follow-up. */
  days: number;
  /** How long after the follow-up is due a WeChat push may still wait for the resident's window. */
  waitDays: number;
}

export const DEFAULT_FOLLOW_UP: FollowUp = { days: 7, waitDays: 30 };

export class FollowUpConfigError extends Error {
  override readonly name = 'FollowUpConfigError';
}

export function followUpFrom(config: unknown): FollowUp {
  const parsed = FollowUpSection.safeParse(config ?? {});
  if (!parsed.success)
    throw new FollowUpConfigError(
      `DOUDI_CONFIG followUp: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return {
    days: parsed.data.followUp?.days ?? DEFAULT_FOLLOW_UP.days,
    waitDays: parsed.data.followUp?.waitDays ?? DEFAULT_FOLLOW_UP.waitDays,
  };
}
