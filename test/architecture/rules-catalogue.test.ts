// Rules decide, a catalogue speaks (issue #16): the rule files hold no sentence and no policy
// figure, each is short and quotes the article it implements, and every sentence the screening
// says is a catalogue entry that some rule uses (no dead wording for a policy officer to review).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SAY } from '../../screening/catalogue/index.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const HAN = /[\u4e00-\u9fff]/;
const MAX_LINES = 150;

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return files(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function source(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
}

/** Every string and template text in a file (comments are not nodes, so they are left out). */
function literals(src: ts.SourceFile): { line: number; text: string; kind: 'string' | 'number' }[] {
  const out: { line: number; text: string; kind: 'string' | 'number' }[] = [];
  const at = (n: ts.Node) => src.getLineAndCharacterOfPosition(n.getStart()).line + 1;
  const visit = (n: ts.Node): void => {
    if (
      ts.isStringLiteral(n) ||
      ts.isNoSubstitutionTemplateLiteral(n) ||
      ts.isTemplateHead(n) ||
      ts.isTemplateMiddle(n) ||
      ts.isTemplateTail(n)
    )
      out.push({ line: at(n), text: n.text, kind: 'string' });
    if (ts.isNumericLiteral(n)) out.push({ line: at(n), text: n.text, kind: 'number' });
    ts.forEachChild(n, visit);
  };
  visit(src);
  return out;
}

const RULES = files('screening/rules');
/** Where rules, the report around them and the engine live: everything that decides or assembles. */
const SPEAKERS_FORBIDDEN = [...RULES, ...files('screening/report'), ...files('screening/engine'), 'screening/index.ts'];

describe('rules decide, the catalogue speaks', () => {
  it('finds the rule files', () => {
    expect(RULES.length).toBeGreaterThan(20);
  });

  it(`keeps every rule file under ${MAX_LINES} lines`, () => {
    const long = RULES.filter((f) => readFileSync(join(ROOT, f), 'utf8').split('\n').length > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('holds no Chinese sentence outside the catalogue (comments may quote the law)', () => {
    const found = SPEAKERS_FORBIDDEN.flatMap((f) =>
      literals(source(f))
        .filter((l) => l.kind === 'string' && HAN.test(l.text))
        .map((l) => `${f}:${l.line} ${l.text.slice(0, 30)}`),
    );
    expect(found).toEqual([]);
  });

  it('holds no figure in rule code: ages, ratios and amounts are dated, cited parameters', () => {
    const found = RULES.flatMap((f) =>
      literals(source(f))
        .filter((l) => l.kind === 'number' && l.text !== '0' && l.text !== '1')
        .map((l) => `${f}:${l.line} ${l.text}`),
    );
    expect(found).toEqual([]);
  });

  it('opens each legal test with the article it implements, quoted (Catala style)', () => {
    const tests = RULES.filter((f) => !f.includes('/common/') && !f.endsWith('/types.ts') && !f.endsWith('/rules.ts'));
    for (const f of tests) {
      const head = /^\/\*\*[\s\S]*?\*\//.exec(readFileSync(join(ROOT, f), 'utf8'))?.[0] ?? '';
      expect(head, `${f} has no header comment`).not.toBe('');
      expect(
        /第[一二三四五六七八九十百]+条|[一二三四五六七八九十]（[一二三四五六七八九十]+）/.test(head),
        `${f} names no article`,
      ).toBe(true);
      expect(/[“"][^”"]*[\u4e00-\u9fff][^”"]*[”"]/.test(head), `${f} quotes no wording`).toBe(true);
    }
  });

  it('uses every catalogue entry somewhere in the screening (no dead wording to review)', () => {
    const code = [...SPEAKERS_FORBIDDEN, ...files('screening/catalogue')]
      .map((f) => readFileSync(join(ROOT, f), 'utf8'))
      .join('\n');
    const unused = Object.keys(SAY).filter((key) => !code.includes(`'${key}'`) || code.split(`'${key}'`).length < 3);
    // Each key appears once where the catalogue defines it and at least once where a rule uses it.
    expect(unused.map((k) => relative(ROOT, k))).toEqual([]);
  });
});
