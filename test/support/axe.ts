/**
 * Accessibility check in a real page: axe-core run inside Chromium, returning the violations
 * (rule id, impact, and the first offending element) so a failing test says what to mend.
 * axe is evaluated through the DevTools protocol, which a page's content security policy does
 * not govern, so the page under test keeps its production policy.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  target: string;
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            ctx: Document,
          ) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      target: String(v.nodes[0]?.target?.[0] ?? ''),
    }));
  });
}
