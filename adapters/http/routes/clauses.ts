/** GET /api/v1/clauses/{id}: a cited clause with its document, number and published wording. */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { getClause } from '../../../content/clauses.ts';
import type { AppDeps } from '../deps.ts';
import { ApiError } from '../errors.ts';
import { Clause, errors, json } from '../schemas.ts';
import { apiRoutes } from '../validation.ts';

const route = createRoute({
  method: 'get',
  path: '/api/v1/clauses/{id}',
  summary: 'A policy clause as published',
  request: { params: z.object({ id: z.string() }) },
  responses: { 200: { description: 'Clause', content: json(Clause) }, 404: errors('CLAUSE_NOT_FOUND') },
});

export function clauseRoutes(deps: Pick<AppDeps, 'parameters'>) {
  return apiRoutes().openapi(route, (c) => {
    const clause = getClause(c.req.valid('param').id, deps.parameters);
    if (!clause) throw new ApiError(404, 'CLAUSE_NOT_FOUND', '没有这个条款编号。(no clause with this id)');
    return c.json(clause, 200);
  });
}
