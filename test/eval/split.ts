/**
 * Splits each blind set once into a tuning half and a held-out half: `npx tsx test/eval/split.ts
 * [set…]` (all sets when none is named).
 * Items are grouped by city (the first two letters of the id) and, for resident answers, by the
 * question kind, then ordered by a hash of their id and dealt alternately, so both halves hold
 * every kind from both cities. A set already split is never split again (the held-out half must
 * stay what it was when the figures were first reported).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { SETS, type SetName, setOf } from './format.ts';

const DIR = import.meta.dirname;
const RAW = join(DIR, 'raw');

const hash = (id: string) => createHash('sha256').update(id).digest('hex');

function groupOf(set: SetName, item: { id: string; kind?: string }): string {
  return `${item.id.slice(0, 2)}/${set === 'answers' ? item.kind : ''}`;
}

const bySet = new Map<SetName, { id: string; kind?: string }[]>();
for (const file of readdirSync(RAW)
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const set = setOf(file);
  const items = (parse(readFileSync(join(RAW, file), 'utf8')) as unknown[]).map(
    (x) => SETS[set].parse(x) as { id: string; kind?: string },
  );
  bySet.set(set, [...(bySet.get(set) ?? []), ...items]);
}

const named = process.argv.slice(2);
for (const [set, items] of bySet) {
  if (named.length > 0 && !named.includes(set)) continue;
  const tuneFile = join(DIR, `${set}.tune.yaml`);
  const holdoutFile = join(DIR, `${set}.holdout.yaml`);
  if (existsSync(tuneFile) || existsSync(holdoutFile)) {
    console.log(`${set}: already split, left as it is`);
    continue;
  }
  const groups = new Map<string, { id: string }[]>();
  for (const item of items) groups.set(groupOf(set, item), [...(groups.get(groupOf(set, item)) ?? []), item]);
  const tune: unknown[] = [];
  const holdout: unknown[] = [];
  let turn = 0;
  for (const key of [...groups.keys()].sort()) {
    for (const item of groups.get(key)!.sort((a, b) => hash(a.id).localeCompare(hash(b.id))))
      (turn++ % 2 === 0 ? tune : holdout).push(item);
  }
  const header = (half: string) =>
    `# ` +
    `${half} half of the blind ` +
    `${set} set, split once by test/eval/split.ts on ` +
    `${new Date().toISOString().slice(0, 10)}. See test/eval/README.md.\n`;
  writeFileSync(tuneFile, header('Tuning') + stringify(tune, { lineWidth: 0 }));
  writeFileSync(holdoutFile, header('Held-out') + stringify(holdout, { lineWidth: 0 }));
  console.log(`${set}: ${tune.length} tuning, ${holdout.length} held out`);
}
