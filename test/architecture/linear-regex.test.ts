// Anything that reads outside input must run in linear time (issue 14: a 30 KB body of 万 held
// the event loop for 2 s through a quadratic number pattern). Every regular expression in the
// code that reads residents', agents' or platforms' text is checked by recheck, a ReDoS checker
// that proves or refutes polynomial and exponential backtracking, and no pattern is built at run
// time (a `new RegExp` could not be checked here). Deterministic: no timing; the worst inputs'
// times are measured in `npm run bench -- redos`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DIRS = ['bot', 'content', 'adapters', 'screening'];

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

interface Found {
  file: string;
  line: number;
  literal: string;
}

function regexLiterals(file: string): { literals: Found[]; constructed: Found[] } {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const src = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const literals: Found[] = [];
  const constructed: Found[] = [];
  const at = (n: ts.Node) => src.getLineAndCharacterOfPosition(n.getStart()).line + 1;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral)
      literals.push({ file, line: at(node), literal: node.getText() });
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') {
      constructed.push({ file, line: at(node), literal: node.getText().slice(0, 80) });
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return { literals, constructed };
}

const found = DIRS.flatMap(files).map(regexLiterals);
const literals = found.flatMap((f) => f.literals);

describe('regular expressions over outside input', () => {
  it('are all found (the scan sees the code)', () => {
    expect(literals.length).toBeGreaterThan(200);
  });

  it('none is built at run time', () => {
    expect(found.flatMap((f) => f.constructed).map((c) => `${c.file}:${c.line} ${c.literal}`)).toEqual([]);
  });

  it('none can backtrack polynomially or exponentially (recheck)', () => {
    const unsafe: string[] = [];
    for (const { file, line, literal } of literals) {
      const slash = literal.lastIndexOf('/');
      // recheck gives up ("unknown") when its time runs out, as it may on a busy machine: ask again with more time.
      let result = checkSync(literal.slice(1, slash), literal.slice(slash + 1), { timeout: 10_000 });
      if (result.status === 'unknown')
        result = checkSync(literal.slice(1, slash), literal.slice(slash + 1), { timeout: 60_000 });
      if (result.status !== 'safe')
        unsafe.push(
          `${file}:` +
            `${line} ` +
            `${literal} → ` +
            `${result.status} ` +
            `${result.status === 'vulnerable' ? result.complexity.type : ''}`,
        );
    }
    expect(unsafe).toEqual([]);
  }, 180_000);
});
