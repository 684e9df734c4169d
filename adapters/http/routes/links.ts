/**
 * POST /api/v1/links: staff create a screening link for a village (the link pages themselves are
 * adapters/web/link/). A bearer token from DOUDI_ADMIN_TOKEN, compared in constant time before
 * the body is read; without the variable the route says it is switched off (use the CLI).
 */
import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { DrizzleLinkStore } from '../../db/repositories.ts';
import { equalText } from '../../crypto/equal.ts';
import { CreateLink, createLink, linkUrl } from '../../web/link/links.ts';
import { ApiError } from '../errors.ts';
import { errors, json } from '../schemas.ts';
import { apiRoutes, jsonBody } from '../validation.ts';

export interface LinkApiDeps {
  links: DrizzleLinkStore;
  now: () => Date;
  publicUrl: string;
  adminToken?: string | undefined;
}

const CreatedLink = z.object({
  token: z.string(),
  village: z.string(),
  region: z.string(),
  url: z.string(),
  qr: z.string(),
});

function adminOnly(adminToken: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!adminToken)
      throw new ApiError(
        403,
        'LINKS_DISABLED',
        '未配置 DOUDI_ADMIN_TOKEN，不能通过接口创建链接；请用 npx doudi link create。',
      );
    if (!equalText(c.req.header('authorization') ?? '', `Bearer ${adminToken}`))
      throw new ApiError(401, 'UNAUTHORIZED', '没有权限。(unauthorized)');
    await next();
  };
}

export function linkApiRoutes(deps: LinkApiDeps) {
  const route = createRoute({
    method: 'post',
    path: '/api/v1/links',
    summary: "Create a screening link (and its QR code) for a village's residents",
    security: [{ adminToken: [] }],
    middleware: [adminOnly(deps.adminToken), jsonBody] as const,
    request: { body: { required: true, content: json(CreateLink) } },
    responses: {
      201: { description: 'The link', content: json(CreatedLink) },
      400: errors('INVALID_JSON', 'INVALID_INPUT'),
      401: errors('UNAUTHORIZED'),
      403: errors('LINKS_DISABLED'),
      413: errors('BODY_TOO_LARGE'),
    },
  });
  const app = apiRoutes();
  app.openAPIRegistry.registerComponent('securitySchemes', 'adminToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'DOUDI_ADMIN_TOKEN',
  });
  return app.openapi(route, async (c) => {
    const link = await createLink(deps.links, c.req.valid('json'), deps.now());
    const url = linkUrl(deps.publicUrl, link.token);
    return c.json({ token: link.token, village: link.village, region: link.region, url, qr: `${url}/qr.svg` }, 201);
  });
}
