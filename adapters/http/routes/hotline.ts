/** POST /api/v1/hotline/intake: a 12345 agent's call summary → facts, estimate, questions, summary. */
import { Hono } from 'hono';
import { z } from 'zod';
import { intake, MAX_SUMMARY_CHARS } from '../../../bot/hotline/intake.ts';
import type { AppDeps } from '../deps.ts';
import { ApiError, invalidInput, readJson } from '../errors.ts';

export const IntakeRequest = z
  .object({
    region: z.string().regex(/^\d{6}$/, '地区代码应为6位数字，例如 441700'),
    text: z.string(),
  })
  .strict();

export function hotlineRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.post('/api/v1/hotline/intake', async (c) => {
    const parsed = IntakeRequest.safeParse(await readJson(c));
    if (!parsed.success) throw invalidInput(parsed.error);
    if (parsed.data.text.trim() === '') throw new ApiError(400, 'EMPTY_TEXT', '请粘贴通话摘要。(empty text)');
    if (parsed.data.text.length > MAX_SUMMARY_CHARS) {
      throw new ApiError(413, 'TEXT_TOO_LONG', `通话摘要太长了（最多 ${MAX_SUMMARY_CHARS} 字），请只粘贴和救助有关的部分。(text too long)`);
    }
    return c.json(intake(parsed.data, { today: deps.today(), parameters: deps.parameters }));
  });
  return app;
}
