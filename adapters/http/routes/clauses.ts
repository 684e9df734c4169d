/** GET /api/v1/clauses/{id}: a cited clause with its document, number and published wording. */
import { Hono } from 'hono';
import { getClause } from '../../../content/clauses.ts';
import { ApiError } from '../errors.ts';

export function clauseRoutes(): Hono {
  const app = new Hono();
  app.get('/api/v1/clauses/:id', (c) => {
    const clause = getClause(c.req.param('id'));
    if (!clause) throw new ApiError(404, 'CLAUSE_NOT_FOUND', '没有这个条款编号。(no clause with this id)');
    return c.json(clause);
  });
  return app;
}
