/** POST /api/v1/screen: a household and a region in, the ScreeningReport out. */
import { Hono } from 'hono';
import { z } from 'zod';
import { Household, screen } from '../../../screening/index.ts';
import type { AppDeps } from '../deps.ts';
import { invalidInput, readJson } from '../errors.ts';

export const ScreenRequest = z
  .object({
    region: z.string().regex(/^\d{6}$/, '地区代码应为6位数字，例如 140800'),
    household: Household,
    date: z.iso.date().optional().describe('Screen as of this date (default: today in China).'),
  })
  .strict();

export function screenRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.post('/api/v1/screen', async (c) => {
    const parsed = ScreenRequest.safeParse(await readJson(c));
    if (!parsed.success) throw invalidInput(parsed.error);
    const { region, household, date } = parsed.data;
    const report = screen(household, { region, date: date ?? deps.today(), parameters: deps.parameters });
    if (deps.screeningLog) {
      await deps.screeningLog
        .record({ region, asOf: report.asOf, demo: report.demo, verdicts: Object.fromEntries(report.results.map((r) => [r.program, r.verdict])) })
        .catch((e: unknown) => deps.log?.('screening_log.failed', { error: String(e) }));
    }
    return c.json(report);
  });
  return app;
}
