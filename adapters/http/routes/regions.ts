/** GET /api/v1/regions/{code}: the figures the screening uses for a region today, with sources. */
import { Hono } from 'hono';
import { CoverageError, regionSummary } from '../../../screening/index.ts';
import type { AppDeps } from '../deps.ts';
import { isCalendarDate } from '../calendar-date.ts';
import { ApiError } from '../errors.ts';

export function regionRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.get('/api/v1/regions/:code', (c) => {
    const code = c.req.param('code');
    if (!/^\d{6}$/.test(code)) throw new ApiError(400, 'INVALID_REGION', '地区代码应为6位数字，例如 140800。(region code must be 6 digits)');
    const date = c.req.query('date') ?? deps.today();
    if (!isCalendarDate(date)) throw new ApiError(400, 'INVALID_DATE', '日期应为 YYYY-MM-DD 格式的有效日期，例如 2026-02-28。(date must be a real YYYY-MM-DD date)');
    try {
      return c.json(regionSummary(deps.parameters, code, date));
    } catch (e) {
      if (e instanceof CoverageError) throw new ApiError(404, 'REGION_NOT_COVERED', e.plain);
      throw e;
    }
  });
  return app;
}
