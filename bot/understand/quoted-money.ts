/**
 * A quotation that opens right after a word for a kind of money (存款“就剩两三千”, 粤 工资“一个月两千几”,
 * 请了保姆“一个月三千”):
 * the caller's own words give the amount of that money, so the quoted clause is of that kind, not of
 * whatever money the summary named before. Looks at the two tokens before the clause: constant work.
 */
import type { Amount } from './amounts.ts';
import type { Token } from './tokens.ts';

const OPENING_QUOTES = new Set(['“', '"', '「', '『', "'"]);

export function quotedMoneyKind(tokens: readonly Token[], clauseStart: number): Amount['category'] | undefined {
  const k = tokens.findIndex((t) => t.start === clauseStart);
  const quote = tokens[k - 1];
  const word = tokens[k - 2];
  if (!quote || !word || quote.kind !== 'sep' || !OPENING_QUOTES.has(quote.text) || word.kind !== 'word') return;
  for (const m of word.meanings) {
    if (m.t === 'asset' && m.what === 'deposits') return 'deposits';
    if (m.t === 'income') return m.cat;
    if (m.t === 'expense' && m.kind) return 'expense';
  }
  return undefined;
}
