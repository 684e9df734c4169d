/**
 * Where an office is told of a request: a WeCom group robot (its webhook URL) or a Telegram group
 * (its chat id). Shared by villages (./villages.ts) and the townships and counties above them
 * (./offices.ts). Pure.
 */
import { z } from 'zod';

export const Notify = z.union([
  z
    .object({
      wecomWebhook: z
        .url()
        .refine(
          (u) => u.startsWith('https://') || u.startsWith('http://127.0.0.1') || u.startsWith('http://localhost'),
          'wecomWebhook must be https',
        ),
    })
    .strict(),
  z
    .object({ telegramChatId: z.string().regex(/^-?\d{1,20}$/, 'telegramChatId: a numeric chat id, as a string') })
    .strict(),
]);
export type NotifyTarget = z.infer<typeof Notify>;
