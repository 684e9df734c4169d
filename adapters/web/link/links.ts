/**
 * Screening links: staff create a link tagged with their village; families open /s/<token>.
 * Tokens are 128 random bits in base64url, so a link cannot be guessed from another.
 */
import { z } from 'zod';
import { exampleCounty } from '../../config/cities.ts';
import type { DrizzleLinkStore, ScreeningLink } from '../../db/repositories.ts';

export const CreateLink = z
  .object({
    village: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '村（社区）代码只能包含字母、数字、下划线和短横线，最长 64 位'),
    region: z.string().regex(/^\d{6}$/, `地区代码应为6位数字，例如 ${exampleCounty()}`),
  })
  .strict();

export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/={1,2}$/, '');
}

export async function createLink(
  store: DrizzleLinkStore,
  input: z.infer<typeof CreateLink>,
  now: Date,
): Promise<ScreeningLink> {
  const link = { token: newToken(), village: input.village, region: input.region, createdAt: now.toISOString() };
  await store.create(link);
  return link;
}

export function linkUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/$/, '')}/s/${token}`;
}
