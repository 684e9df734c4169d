/**
 * GET /api/v1/openapi.json, generated from the same zod schemas that validate requests, so the
 * document cannot drift from the code.
 */
import { z } from 'zod';
import { ScreeningReport } from '../../screening/index.ts';
import { ScreenRequest } from './routes/screen.ts';
import { AskRequest } from './routes/ask.ts';
import { IntakeRequest } from './routes/hotline.ts';

const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), issues: z.array(z.object({ path: z.string(), message: z.string() })).optional() }),
});
const Clause = z.object({ id: z.string(), document: z.string(), docNumber: z.string(), section: z.string(), text: z.string(), documentId: z.string(), official: z.boolean() });
const AskResponse = z.object({
  answer: z.string(),
  citations: z.array(z.object({ id: z.string(), document: z.string(), docNumber: z.string(), text: z.string() })),
  followUps: z.array(z.string()),
});
const Region = z.object({
  code: z.string(),
  name: z.string(),
  province: z.string(),
  asOf: z.string(),
  demo: z.boolean(),
  dibaoStandardMonthly: z.object({ urban: z.number().nullable(), rural: z.number().nullable() }),
  edgeMultiplier: z.number().nullable(),
  demoFigures: z.array(z.object({ name: z.string(), label: z.string(), value: z.unknown() })).describe('Every sample figure a report for this region and date may use.'),
  sources: z.array(z.object({ id: z.string(), kind: z.string(), title: z.string(), docNumber: z.string().optional(), clauses: z.array(z.string()), params: z.array(z.string()) })),
});

const json = (schema: z.ZodType, io: 'input' | 'output' = 'output') => ({ 'application/json': { schema: z.toJSONSchema(schema, { io, unrepresentable: 'any' }) } });
const errors = (...codes: string[]) => ({ description: `Error (${codes.join(', ')})`, content: json(ErrorBody) });
/** The public POSTs' per-client limit (./rate-limit.ts); Retry-After gives the seconds to wait. */
const limited = { ...errors('RATE_LIMITED'), headers: { 'Retry-After': { schema: { type: 'integer' } } } };

let cached: unknown;
export function openApiDocument(): unknown {
  cached ??= {
    openapi: '3.1.0',
    info: { title: 'doudi 兜底助手 API', version: '0.1.0', description: 'Screening estimates for 低保, 单人保, 特困 and 临时救助, with cited clauses. Estimates only: the office decides.' },
    paths: {
      '/healthz': { get: { summary: 'Liveness', responses: { 200: { description: 'OK', content: json(z.object({ ok: z.literal(true) })) } } } },
      '/readyz': {
        get: {
          summary: 'Readiness: whether the database takes writes',
          responses: {
            200: { description: 'Ready', content: json(z.object({ ok: z.literal(true) })) },
            503: { description: 'Not ready (DB_NOT_WRITABLE, DISK_FULL, DB_TIMEOUT)', content: json(z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) })) },
          },
        },
      },
      '/api/v1/screen': {
        post: {
          summary: 'Screen one household',
          requestBody: { required: true, content: json(ScreenRequest, 'input') },
          responses: {
            200: { description: 'ScreeningReport', content: json(ScreeningReport) },
            400: errors('INVALID_JSON', 'INVALID_INPUT'),
            413: errors('BODY_TOO_LARGE'),
            429: limited,
          },
        },
      },
      '/api/v1/regions/{code}': {
        get: {
          summary: "A region's figures and sources",
          parameters: [
            { name: 'code', in: 'path', required: true, schema: { type: 'string', pattern: '^\\d{6}$' } },
            { name: 'date', in: 'query', required: false, schema: { type: 'string', format: 'date' } },
          ],
          responses: { 200: { description: 'Region', content: json(Region) }, 400: errors('INVALID_REGION', 'INVALID_DATE'), 404: errors('REGION_NOT_COVERED') },
        },
      },
      '/api/v1/ask': {
        post: {
          summary: "Answer a resident's policy question with the clause it rests on",
          requestBody: { required: true, content: json(AskRequest, 'input') },
          responses: {
            200: { description: 'Answer', content: json(AskResponse) },
            400: errors('INVALID_JSON', 'INVALID_INPUT', 'EMPTY_QUESTION'),
            429: limited,
          },
        },
      },
      '/api/v1/hotline/intake': {
        post: {
          summary: 'A 12345 call summary → extracted facts, the screening report, questions still to ask, a work-order summary',
          requestBody: { required: true, content: json(IntakeRequest, 'input') },
          responses: {
            200: { description: 'Intake', content: json(z.object({ household: z.unknown(), report: ScreeningReport, questions: z.array(z.string()), summary: z.string(), facts: z.array(z.unknown()) })) },
            400: errors('INVALID_JSON', 'INVALID_INPUT', 'EMPTY_TEXT'),
            429: limited,
          },
        },
      },
      '/api/v1/clauses/{id}': {
        get: {
          summary: 'A policy clause as published',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: { description: 'Clause', content: json(Clause) }, 404: errors('CLAUSE_NOT_FOUND') },
        },
      },
    },
  };
  return cached;
}
