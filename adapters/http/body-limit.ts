/**
 * A request body size limit that decides by Content-Length when there is one, as hono's
 * bodyLimit does, but without touching `c.req.raw.body` first: on @hono/node-server that getter
 * builds a full web Request (an AbortController, a ReadableStream over the socket) and takes the
 * body off the direct read path, ~10% of the CPU of a JSON POST (/api/v1/screen) and of a WeChat
 * delivery. Bodies without a length (chunked) still go through bodyLimit's counting reader.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

export function limitBody(maxSize: number, onError: (c: Context) => Response | Promise<Response>): MiddlewareHandler {
  const counting = bodyLimit({ maxSize, onError });
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return counting(c, next);
    return parseInt(length, 10) > maxSize ? onError(c) : next();
  };
}
