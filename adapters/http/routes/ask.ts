/** POST /api/v1/ask: a resident's policy question → a plain answer quoting the clause it rests on. */
import { Hono } from 'hono';
import { z } from 'zod';
import { ask } from '../../../content/ask.ts';
import { ApiError, invalidInput, readJson } from '../errors.ts';

export const AskRequest = z
  .object({
    region: z.string().regex(/^\d{6}$/, '地区代码应为6位数字，例如 140800'),
    question: z.string().max(500, '问题太长了，请用一两句话提问'),
  })
  .strict();

export function askRoutes(): Hono {
  const app = new Hono();
  app.post('/api/v1/ask', async (c) => {
    const parsed = AskRequest.safeParse(await readJson(c));
    if (!parsed.success) throw invalidInput(parsed.error);
    if (parsed.data.question.trim() === '') throw new ApiError(400, 'EMPTY_QUESTION', '请输入一个问题。(empty question)');
    return c.json(ask(parsed.data.region, parsed.data.question));
  });
  return app;
}
