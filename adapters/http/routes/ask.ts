/** POST /api/v1/ask: a resident's policy question → a plain answer quoting the clause it rests on. */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { defaultRegion } from '../../config/cities.ts';
import { ask } from '../../../content/ask.ts';
import type { AppDeps } from '../deps.ts';
import { ApiError } from '../errors.ts';
import { AskResponse, errors, json, limited } from '../schemas.ts';
import { apiRoutes, jsonBody } from '../validation.ts';

export const AskRequest = z
  .object({
    region: z.string().regex(/^\d{6}$/, `地区代码应为6位数字，例如 ${defaultRegion()}`),
    question: z.string().max(500, '问题太长了，请用一两句话提问'),
  })
  .strict();

const route = createRoute({
  method: 'post',
  path: '/api/v1/ask',
  summary: "Answer a resident's policy question with the clause it rests on",
  middleware: [jsonBody] as const,
  request: { body: { required: true, content: json(AskRequest) } },
  responses: {
    200: { description: 'Answer', content: json(AskResponse) },
    400: errors('INVALID_JSON', 'INVALID_INPUT', 'EMPTY_QUESTION'),
    413: errors('BODY_TOO_LARGE'),
    429: limited,
  },
});

export function askRoutes(deps: Pick<AppDeps, 'parameters'>) {
  return apiRoutes().openapi(route, (c) => {
    const { region, question } = c.req.valid('json');
    if (question.trim() === '') throw new ApiError(400, 'EMPTY_QUESTION', '请输入一个问题。(empty question)');
    return c.json(ask(region, question, deps.parameters), 200);
  });
}
