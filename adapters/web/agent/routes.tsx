/** GET|POST /agent: the hotline agent's intake page over the same intake as the API. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { intake, MAX_SUMMARY_CHARS } from '../../../bot/hotline/intake.ts';
import { parseSummary } from '../../../bot/summary.ts';
import type { ParameterSet } from '../../../screening/index.ts';
import { regionList } from '../../config/cities.ts';
import { AgentPage, COPY_SCRIPT } from './page.tsx';

export function agentPages(deps: { parameters: ParameterSet; today: () => string }): Hono {
  const app = new Hono();
  // Every city of the packages and its counties; the first city is preselected.
  const regions = regionList(deps.parameters);
  const first = regions[0]?.[0] ?? '';
  app.get('/agent', (c) => c.html(<AgentPage regions={regions} region={first} />));
  app.get('/agent/copy.js', (c) =>
    c.body(COPY_SCRIPT, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    }),
  );
  app.post('/agent', bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.text('内容太长', 413) }), async (c) => {
    const form = await c.req.parseBody();
    const text = typeof form['text'] === 'string' ? form['text'] : '';
    const region =
      typeof form['region'] === 'string' && regions.some(([code]) => code === form['region']) ? form['region'] : first;
    if (text.trim() === '') return c.html(<AgentPage regions={regions} region={region} />);
    if (text.length > MAX_SUMMARY_CHARS)
      return c.html(
        <AgentPage
          regions={regions}
          region={region}
          text={text}
          error={`摘要太长了（最多 ${MAX_SUMMARY_CHARS} 字），请只粘贴和救助有关的部分。`}
        />,
        413,
      );
    const result = intake({ region, text }, { today: deps.today(), parameters: deps.parameters });
    return c.html(
      <AgentPage
        regions={regions}
        region={region}
        text={text}
        result={{ ...result, fromSummary: parseSummary(text) !== undefined }}
      />,
    );
  });
  return app;
}
