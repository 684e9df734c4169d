/**
 * The one error type that knows its HTTP response (Hono's lesson), and the mapping of every
 * other error to a stable JSON body in one place (app.onError). Messages are plain Chinese
 * with a short English gloss; codes are stable for other systems.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message);
  }
}

export function zodIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));
}

export function invalidInput(error: z.ZodError): ApiError {
  return new ApiError(
    400,
    'INVALID_INPUT',
    '输入的数据格式不对，请检查 issues 中列出的字段。(invalid input)',
    zodIssues(error),
  );
}

export function errorResponse(err: Error, c: Context): Response {
  if (err instanceof ApiError) {
    return c.json(
      { error: { code: err.code, message: err.message, ...(err.issues ? { issues: err.issues } : {}) } },
      err.status,
    );
  }
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    const code = status === 413 ? 'BODY_TOO_LARGE' : status === 401 ? 'UNAUTHORIZED' : 'HTTP_ERROR';
    return c.json(
      { error: { code, message: status === 413 ? '请求内容太大。(body too large)' : err.message } },
      status,
    );
  }
  return c.json({ error: { code: 'INTERNAL', message: '服务出了点问题，请稍后再试。(internal error)' } }, 500);
}
