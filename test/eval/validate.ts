/** Checks evaluation files against test/eval/format.ts: `npx tsx test/eval/validate.ts <file>…`. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SETS, setOf } from './format.ts';

let bad = 0;
for (const file of process.argv.slice(2)) {
  let items: unknown;
  try {
    items = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.log(`${file}: YAML error: ${(e as Error).message}`);
    bad++;
    continue;
  }
  if (!Array.isArray(items)) {
    console.log(`${file}: not a YAML list`);
    bad++;
    continue;
  }
  const schema = SETS[setOf(file)];
  const ids = new Set<string>();
  items.forEach((item, i) => {
    const r = schema.safeParse(item);
    const id = (item as { id?: string })?.id ?? `#${i}`;
    if (!r.success) {
      bad++;
      for (const issue of r.error.issues) console.log(`${file} ${id}: ${issue.path.join('.')}: ${issue.message}`);
    }
    if (ids.has(id)) {
      bad++;
      console.log(`${file} ${id}: duplicate id`);
    }
    ids.add(id);
  });
  console.log(`${file}: ${items.length} items checked`);
}
process.exit(bad ? 1 : 0);
