/**
 * POST /api/v1/hotline/intake: a 12345 agent's call summary → facts, estimate, questions, summary.
 * The report inside is compact unless `?trace=1` (./report-view.ts); every other field is whole.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { defaultRegion } from '../../config/cities.ts';
import { intake, MAX_SUMMARY_CHARS } from '../../../bot/hotline/intake.ts';
import type { AppDeps } from '../deps.ts';
import { securedJson } from '../security-headers.ts';
import { ApiError } from '../errors.ts';
import { errors, json, limited } from '../schemas.ts';
import { apiRoutes, jsonBody, parsedSync } from '../validation.ts';
import { ReportView, reportView, TraceQuery } from './report-view.ts';

export const IntakeRequest = parsedSync(
  z
    .object({
      region: z.string().regex(/^\d{6}$/, `地区代码应为6位数字，例如 ${defaultRegion()}`),
      text: z.string(),
    })
    .strict(),
);

const Intake = z.object({
  household: z.unknown(),
  report: ReportView,
  questions: z.array(z.string()).describe('Still unknown and able to change a verdict, most decisive first'),
  conditions: z.array(z.string()).describe('What would decide a need_info: 若…，低保可能符合。'),
  summary: z.string(),
  facts: z.array(z.unknown()),
  understood: z.array(z.string()).describe('The facts read, in plain Chinese, for the agent to check'),
  regionNote: z
    .object({ chosen: z.string(), named: z.string() })
    .optional()
    .describe('The text names a place in another city than the region sent; its rules were used'),
});

const route = createRoute({
  method: 'post',
  path: '/api/v1/hotline/intake',
  summary: 'A 12345 call summary → extracted facts, the screening report, questions still to ask, a work-order summary',
  middleware: [jsonBody] as const,
  request: { query: TraceQuery, body: { required: true, content: json(IntakeRequest) } },
  responses: {
    200: { description: 'Intake', content: json(Intake) },
    400: errors('INVALID_JSON', 'INVALID_INPUT', 'EMPTY_TEXT'),
    413: errors('BODY_TOO_LARGE', 'TEXT_TOO_LONG'),
    429: limited,
  },
});

export function hotlineRoutes(deps: AppDeps) {
  return apiRoutes().openapi(route, (c) => {
    const input = c.req.valid('json');
    if (input.text.trim() === '') throw new ApiError(400, 'EMPTY_TEXT', '请粘贴通话摘要。(empty text)');
    if (input.text.length > MAX_SUMMARY_CHARS) {
      throw new ApiError(
        413,
        'TEXT_TOO_LONG',
        `通话摘要太长了（最多 ${MAX_SUMMARY_CHARS} 字），请只粘贴和救助有关的部分。(text too long)`,
      );
    }
    const result = intake(input, { today: deps.today(), parameters: deps.parameters });
    const report = reportView(result.report, c.req.valid('query').trace === '1');
    return securedJson(c, { ...result, report });
  });
}
