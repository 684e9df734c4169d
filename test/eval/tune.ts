/**
 * For developers: the TUNING half's failures in detail (`npx tsx test/eval/tune.ts answers [kind]`).
 * The held-out half is never printed item by item; `npm run bench -- understanding` gives its figures.
 */
import { runAnswersEval } from './answers-eval.ts';
import { runResidentsEval } from './residents-eval.ts';
import { runHotlineEval } from './hotline-eval.ts';

const [set = 'answers', only] = process.argv.slice(2);
if (set === 'answers') {
  const { figures, results } = runAnswersEval('tune');
  for (const r of results) {
    if (only && !r.item.kind.startsWith(only)) continue;
    if (r.understood && r.scored.extra.length === 0) continue;
    console.log(
      `${r.item.id} ${r.item.kind}${r.item.of ? `:${r.item.of}` : ''}${r.understood ? '' : ' ✗'} | ${r.item.say}`,
    );
    for (const w of r.scored.wrong)
      console.log(`   WRONG ${w.path}: label ${JSON.stringify(w.label)} got ${JSON.stringify(w.got)}`);
    for (const m of r.scored.missed) console.log(`   MISS  ${m.path}: ${JSON.stringify(m.label)}`);
    for (const e of r.scored.extra) console.log(`   EXTRA ${e.path}: ${JSON.stringify(e.got)}`);
    if (!r.understood) console.log(`   REPLY ${r.reply.slice(0, 160).replace(/\n/g, ' / ')}`);
  }
  console.log(JSON.stringify(figures));
}

if (set === 'residents') {
  const { figures, runs } = runResidentsEval('tune');
  for (const r of runs) {
    if (only && !r.script.id.startsWith(only)) continue;
    const bad = r.verdicts.filter((v) => v.got !== v.truth);
    console.log(
      `${r.script.id} ` +
        `msgs=${r.messages} ` +
        `misunderstood=${r.misunderstood} ` +
        `fellBack=${r.fellBack} ` +
        `result=${r.reachedResult} ` +
        `unscripted=${r.unscripted.join(',')}`,
    );
    for (const w of r.wrongFacts)
      console.log(`   WRONG ${w.path}: truth ${JSON.stringify(w.truth)} got ${JSON.stringify(w.got)}`);
    for (const v of bad) console.log(`   VERDICT ${v.program}: got ${v.got}, truth ${v.truth}, author ${v.author}`);
    if (only) console.log(r.transcript.join('\n'));
  }
  console.log(JSON.stringify(figures));
}

if (set === 'hotline') {
  const { figures, results } = runHotlineEval('tune');
  for (const r of results) {
    if (only && !r.item.id.startsWith(only)) continue;
    const bad = r.verdicts.filter((v) => v.got !== v.want);
    if (!bad.length && !r.wrong.length && !r.missed.length && !r.extra.length && !only) continue;
    console.log(
      `${r.item.id} ${r.item.region}${r.item.place ? `→${r.item.place}` : ''} (ours ${r.region}) | ${r.item.text}`,
    );
    for (const w of r.wrong)
      console.log(`   WRONG ${w.path}: want ${JSON.stringify(w.want)} got ${JSON.stringify(w.got)}`);
    for (const m of r.missed) console.log(`   MISS  ${m.path}: ${JSON.stringify(m.want)}`);
    for (const e of r.extra) console.log(`   EXTRA ${e.path}: ${JSON.stringify(e.got)}`);
    for (const v of bad) console.log(`   VERDICT ${v.program}: got ${v.got}, want ${v.want} (author ${v.author})`);
    for (const l of r.leaks) console.log(`   LEAK ${l.slice(0, 80)}`);
  }
  console.log(JSON.stringify(figures));
}
