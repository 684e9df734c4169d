/**
 * Reading one message as the dialogue or the hotline would, for the reader's unit tests: the text,
 * the question it answers (its slot), the region (its dialect and place words) and what is known.
 */
import { type IncomeKey, type SlotId, understand } from '../../bot/understand/extract.ts';
import { defaultParameters, type Household } from '../../screening/index.ts';

const parameters = defaultParameters();

export function read(text: string, slot: SlotId, region = '140800', household: Household = {}, incomeKey?: IncomeKey) {
  return understand(text, {
    slot,
    household,
    today: '2026-12-05',
    region,
    parameters,
    ...(incomeKey ? { incomeKey } : {}),
  });
}

/** The value the reading gives a fact path, if it gives one. */
export function value(u: ReturnType<typeof read>, path: string): unknown {
  return u.facts.find((f) => f.path === path)?.value;
}
