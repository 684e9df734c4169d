/**
 * POST /api/v1/screen: a household and a region in, the ScreeningReport out — compact unless
 * `?trace=1` asks for the checks and parameters behind it (./report-view.ts).
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { defaultRegion } from '../../config/cities.ts';
import { Household, screen } from '../../../screening/index.ts';
import type { AppDeps } from '../deps.ts';
import { securedJson } from '../security-headers.ts';
import { errors, json, limited } from '../schemas.ts';
import { apiRoutes, jsonBody, parsedSync } from '../validation.ts';
import { ReportView, reportView, TraceQuery } from './report-view.ts';

export const ScreenRequest = parsedSync(
  z
    .object({
      region: z.string().regex(/^\d{6}$/, `地区代码应为6位数字，例如 ${defaultRegion()}`),
      household: Household,
      date: z.iso.date().optional().describe('Screen as of this date (default: today in China).'),
    })
    .strict(),
);

const route = createRoute({
  method: 'post',
  path: '/api/v1/screen',
  summary: 'Screen one household',
  middleware: [jsonBody] as const,
  request: { query: TraceQuery, body: { required: true, content: json(ScreenRequest) } },
  responses: {
    200: { description: 'ScreeningReport (checks and parameters only with ?trace=1)', content: json(ReportView) },
    400: errors('INVALID_JSON', 'INVALID_INPUT'),
    413: errors('BODY_TOO_LARGE'),
    429: limited,
  },
});

export function screenRoutes(deps: AppDeps) {
  return apiRoutes().openapi(route, async (c) => {
    const { region, household, date } = c.req.valid('json');
    const report = screen(household, { region, date: date ?? deps.today(), parameters: deps.parameters });
    if (deps.screeningLog) {
      await deps.screeningLog
        .record({
          region,
          asOf: report.asOf,
          demo: report.demo,
          verdicts: Object.fromEntries(report.results.map((r) => [r.program, r.verdict])),
        })
        .catch((e: unknown) => deps.log?.('screening_log.failed', { error: String(e) }));
    }
    // Built whole with its headers (../security-headers.ts); the view's shape is the route's 200.
    return securedJson(c, reportView(report, c.req.valid('query').trace === '1'));
  });
}
