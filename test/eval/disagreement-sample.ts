/**
 * A seeded random sample of tuning summaries with every disagreement between the authors' labels and the
 * reader, for a reviewer who never sees the code to judge whose each one is (reader, convention, label,
 * scoring): `npx tsx test/eval/disagreement-sample.ts > sample.yaml`. The tuning half only; docs/review/ holds
 * the sample of 2026-12-07 and its judgements.
 */
import { stringify } from 'yaml';
import { runHotlineEval } from './hotline-eval.ts';

const SIZE = 120;
let seed = 20261207;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const { results } = runHotlineEval('tune');
const pool = results.filter((r) => r.wrong.length + r.missed.length + r.extra.length > 0);
const picked: typeof results = [];
while (picked.length < Math.min(SIZE, pool.length)) {
  const r = pool[Math.floor(random() * pool.length)]!;
  if (!picked.includes(r)) picked.push(r);
}
let n = 0;
const sample = picked.map((r) => ({
  id: r.item.id,
  text: r.item.text,
  ...(r.item.note ? { authorNote: r.item.note } : {}),
  labelled: r.item.household,
  disagreements: [
    ...r.missed.map((x) => ({ n: ++n, kind: 'label has, reader did not', path: x.path, label: x.want })),
    ...r.extra.map((x) => ({ n: ++n, kind: 'reader has, label did not', path: x.path, reader: x.got })),
    ...r.wrong.map((x) => ({ n: ++n, kind: 'different values', path: x.path, label: x.want, reader: x.got })),
  ],
}));
process.stdout.write(stringify(sample, { lineWidth: 0 }));
