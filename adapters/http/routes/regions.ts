/** GET /api/v1/regions/{code}: the figures the screening uses for a region today, with sources. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { defaultRegion } from '../../config/cities.ts';
import { CoverageError, regionSummary } from '../../../screening/index.ts';
import type { AppDeps } from '../deps.ts';
import { ApiError } from '../errors.ts';
import { errors, json, Region } from '../schemas.ts';
import { refuseInvalid } from '../validation.ts';

const REGION_CODE = /^\d{6}$/;
const invalidRegion = () =>
  new ApiError(400, 'INVALID_REGION', `地区代码应为6位数字，例如 ${defaultRegion()}。(region code must be 6 digits)`);
const invalidDate = () =>
  new ApiError(
    400,
    'INVALID_DATE',
    '日期应为 YYYY-MM-DD 格式的有效日期，例如 2026-02-28。(date must be a real YYYY-MM-DD date)',
  );

const route = createRoute({
  method: 'get',
  path: '/api/v1/regions/{code}',
  summary: "A region's figures and sources",
  request: {
    params: z.object({ code: z.string().regex(REGION_CODE) }),
    query: z.object({ date: z.iso.date().optional().describe('YYYY-MM-DD; default today in China') }),
  },
  responses: {
    200: { description: 'Region', content: json(Region) },
    400: errors('INVALID_REGION', 'INVALID_DATE'),
    404: errors('REGION_NOT_COVERED'),
  },
});

export function regionRoutes(deps: AppDeps) {
  // The query is checked before the path: a bad code is still INVALID_REGION when the date is bad too.
  const codes = {
    param: invalidRegion,
    query: (c: Context) => (REGION_CODE.test(c.req.param('code') ?? '') ? invalidDate() : invalidRegion()),
  };
  return new OpenAPIHono({ defaultHook: refuseInvalid(codes) }).openapi(route, (c) => {
    const { code } = c.req.valid('param');
    const date = c.req.valid('query').date ?? deps.today();
    try {
      return c.json(regionSummary(deps.parameters, code, date), 200);
    } catch (e) {
      if (e instanceof CoverageError) throw new ApiError(404, 'REGION_NOT_COVERED', e.plain);
      throw e;
    }
  });
}
