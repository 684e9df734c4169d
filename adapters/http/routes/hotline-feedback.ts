/**
 * GET /api/v1/hotline/feedback: what a 12345 system reads back on the work orders its agents filed
 * (issue 18 item 4, the 反馈 of the seed notices' 受理、处置、反馈 on 12345; README "12345 feedback"). A bearer token from
 * DOUDI_HOTLINE_TOKENS, each limited to a county or city code, compared in constant time with
 * every configured token before anything is read. Either one work order's changes
 * (`workOrder=`), or every change in the token's scope after a cursor (`after=`, to poll): each
 * the work-order number, status, time, date and the note staff marked for the resident, nothing else.
 */
import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { type HotlineToken, tokenScope } from '../../config/hotline-tokens.ts';
import type { StaffDesk } from '../../web/staff/cases/desk.ts';
import { FEEDBACK_PAGE, hotlineFeedback, hotlineScopeOf, WORK_ORDER } from '../../web/staff/cases/hotline.ts';
import { ApiError } from '../errors.ts';
import { errors, json } from '../schemas.ts';
import { apiRoutes, refuseInvalid } from '../validation.ts';

export interface FeedbackApiDeps {
  desk: StaffDesk;
  tokens: readonly HotlineToken[];
}

const FeedbackQuery = z.object({
  workOrder: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: '12345 work-order number (1–40 letters, digits or -): its changes only' }),
  after: z
    .string()
    .regex(/^\d{1,15}$/)
    .optional()
    .openapi({
      description: 'Only changes after this cursor (the `cursor` of the last change read); 0 or absent: from the start',
    }),
});

const Item = z.object({
  workOrder: z.string(),
  status: z.string().describe('new | contacted | visited | submitted | closed | ineligible | withdrawn'),
  statusLabel: z.string().describe('The status in Chinese (已联系 …)'),
  at: z.string().describe('ISO instant of the change'),
  date: z.string().describe('China date of the change, YYYY-MM-DD'),
  note: z.string().optional().describe('The note staff marked for the resident'),
  cursor: z.number().int(),
});

const Feedback = z.object({
  items: z.array(Item),
  cursor: z.number().int().describe('Pass as `after` to read only later changes'),
  more: z.boolean(),
});

function bearer(tokens: readonly HotlineToken[]): MiddlewareHandler<{ Variables: { hotlineScope: string } }> {
  return async (c, next) => {
    if (tokens.length === 0)
      throw new ApiError(
        403,
        'FEEDBACK_DISABLED',
        '未配置 DOUDI_HOTLINE_TOKENS，12345 反馈接口没有开启。(feedback disabled)',
      );
    const code = tokenScope(tokens, c.req.header('authorization'));
    if (!code) throw new ApiError(401, 'UNAUTHORIZED', '没有权限。(unauthorized)');
    c.set('hotlineScope', code);
    await next();
  };
}

export function hotlineFeedbackRoutes(deps: FeedbackApiDeps) {
  const route = createRoute({
    method: 'get',
    path: '/api/v1/hotline/feedback',
    summary: 'Status changes of the requests 12345 agents filed, by work-order number (for a 12345 system)',
    security: [{ hotlineToken: [] }],
    middleware: [bearer(deps.tokens)] as const,
    request: { query: FeedbackQuery },
    responses: {
      200: { description: 'Changes, oldest first', content: json(Feedback) },
      400: errors('INVALID_WORK_ORDER', 'INVALID_INPUT'),
      401: errors('UNAUTHORIZED'),
      403: errors('FEEDBACK_DISABLED'),
      404: errors('WORK_ORDER_NOT_FOUND'),
    },
  });
  const app = apiRoutes();
  app.openAPIRegistry.registerComponent('securitySchemes', 'hotlineToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'A token of DOUDI_HOTLINE_TOKENS (one county or city)',
  });
  return app.openapi(
    route,
    async (c) => {
      const q = c.req.valid('query');
      const scope = hotlineScopeOf(String((c.var as Record<string, unknown>)['hotlineScope']));
      if (q.workOrder !== undefined && !WORK_ORDER.test(q.workOrder))
        throw new ApiError(400, 'INVALID_WORK_ORDER', '工单号只能是 1 到 40 位的字母、数字或“-”。(invalid work order)');
      const after = q.after ? Number(q.after) : 0;
      const items = await hotlineFeedback(deps.desk, scope, { workOrder: q.workOrder, after });
      // Another county's work order answers as if it did not exist.
      if (q.workOrder !== undefined && items.length === 0 && after === 0)
        throw new ApiError(404, 'WORK_ORDER_NOT_FOUND', '没有这个工单号的申请。(work order not found)');
      const cursor = items.at(-1)?.cursor ?? after;
      return c.json({ items, cursor, more: items.length === FEEDBACK_PAGE }, 200);
    },
    refuseInvalid(),
  );
}
