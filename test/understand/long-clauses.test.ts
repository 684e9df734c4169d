// A run of text with no punctuation is read in pieces of a bounded number of tokens (tokens.ts), so
// the work each number does over its clause stays bounded and reading stays linear; a real answer's
// clauses are far shorter and read whole. (Timing itself is measured by `npm run bench -- redos`.)
import { describe, expect, it } from 'vitest';
import { clausesOf, MAX_CLAUSE_TOKENS, tokenize } from '../../bot/understand/tokens.ts';

describe('clauses', () => {
  it('a long run without punctuation is cut into pieces of at most MAX_CLAUSE_TOKENS', () => {
    const { tokens } = tokenize('万块'.repeat(200), 'all');
    const clauses = clausesOf(tokens);
    expect(clauses.length).toBeGreaterThan(1);
    expect(Math.max(...clauses.map((c) => c.length))).toBeLessThanOrEqual(MAX_CLAUSE_TOKENS);
    expect(clauses.flat()).toHaveLength(tokens.filter((t) => t.kind !== 'sep').length);
  });

  it('an everyday answer is one clause per comma, read whole', () => {
    const { tokens } = tokenize('就俺跟老汉两个，俺七十六他七十三，一个月养老金一共二百六', 'north');
    expect(clausesOf(tokens)).toHaveLength(3);
  });
});
