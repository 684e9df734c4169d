/**
 * The response shapes the API's route definitions declare (the requests' schemas live beside
 * their routes), and the error responses every route shares, for the generated OpenAPI document.
 */
import { z } from 'zod';

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

export const Clause = z.object({
  id: z.string(),
  document: z.string(),
  docNumber: z.string(),
  section: z.string(),
  text: z.string(),
  documentId: z.string(),
  official: z.boolean(),
});

export const AskResponse = z.object({
  answer: z.string(),
  citations: z.array(z.object({ id: z.string(), document: z.string(), docNumber: z.string(), text: z.string() })),
  followUps: z.array(z.string()),
});

export const Region = z.object({
  code: z.string(),
  name: z.string(),
  province: z.string(),
  asOf: z.string(),
  demo: z.boolean(),
  dibaoStandardMonthly: z.object({ urban: z.number().nullable(), rural: z.number().nullable() }),
  edgeMultiplier: z.number().nullable(),
  demoFigures: z
    .array(z.object({ name: z.string(), label: z.string(), value: z.unknown() }))
    .describe('Every sample figure a report for this region and date may use.'),
  sources: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      title: z.string(),
      docNumber: z.string().optional(),
      clauses: z.array(z.string()),
      params: z.array(z.string()),
    }),
  ),
});

export const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });

/** An error response, its codes named in the description. */
export const errors = (...codes: string[]) => ({
  description: `Error (${codes.join(', ')})`,
  content: json(ErrorBody),
});

/** The public POSTs' per-client limit (./rate-limit.ts); Retry-After gives the seconds to wait. */
export const limited = {
  ...errors('RATE_LIMITED'),
  headers: z.object({ 'Retry-After': z.string().describe('Seconds to wait') }),
};
