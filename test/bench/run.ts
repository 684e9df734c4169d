/**
 * `npm run bench`: screening throughput and latency, the HTTP API beside a bare Hono route in
 * the same run, and the number of questions the dialogue asks over the golden households.
 * Targets are printed beside the figures; they are goals, not assertions.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildServer } from '../../adapters/runtime/build.ts';
import { defaultParameters, type Household, screen } from '../../screening/index.ts';
import { loadGoldenCases } from '../golden/golden-case.ts';
import { householdArb } from '../support/arbitraries.ts';
import { runOracle } from '../support/oracle.ts';
import { load, percentile } from './load.ts';
import { median, type Server, startServer } from './processes.ts';
import { ELDERLY_ALONE } from '../support/households.ts';
import { loadavg, tmpdir } from 'node:os';
import { loadAskEval, runAskEval } from './ask-eval.ts';
import { runQuestionsEval } from '../eval/questions-eval.ts';
import { runAnswersEval } from '../eval/answers-eval.ts';
import { runAgreement } from '../eval/hotline-agreement.ts';
import { runHotlineEval } from '../eval/hotline-eval.ts';
import { runResidentsEval } from '../eval/residents-eval.ts';
import { measureWechatFloor } from './wechat-floor.ts';
import { benchWechatPeer } from './wechat-peer.ts';
import { benchWechatTail } from './wechat-tail.ts';
import { measureWechatStages } from './wechat-stages.ts';
import { measureRedos } from './redos.ts';
import { printGoals, type RunFigures } from './goals.ts';
import { measureStart, type StartFigures } from './start-memory.ts';

function line(label: string, value: string, target?: string) {
  console.log(`  ${label.padEnd(44)} ${value.padStart(14)}${target ? `   (target ${target})` : ''}`);
}

function benchScreen(): void {
  const golden = loadGoldenCases().map((c) => ({ h: c.data.household, region: c.data.region }));
  const regions = ['140800', '140802', '441700', '441781'];
  const generated = fc
    .sample(householdArb, { numRuns: 400, seed: 42 })
    .map((h, i) => ({ h, region: regions[i % regions.length]! }));
  const mix: { h: Household; region: string }[] = [...golden, ...generated];
  const parameters = defaultParameters();
  const date = '2026-11-24';
  for (let i = 0; i < 3000; i++)
    screen(mix[i % mix.length]!.h, { region: mix[i % mix.length]!.region, date, parameters });
  const n = 40_000;
  const times = new Float64Array(n);
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const x = mix[i % mix.length]!;
    const t = performance.now();
    screen(x.h, { region: x.region, date, parameters });
    times[i] = performance.now() - t;
  }
  const total = (performance.now() - start) / 1000;
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `screen() over ` +
      `${mix.length} mixed households ` +
      `(${golden.length} golden + ` +
      `${generated.length} generated), ` +
      `${n} calls, one core:`,
  );
  line('screenings per second', (n / total).toFixed(0), '≥ 20,000/s');
  line('p50 per call (µs)', (percentile(sorted, 50) * 1000).toFixed(1));
  line('p99 per call (µs)', (percentile(sorted, 99) * 1000).toFixed(1), '< 1000 µs');
}

/**
 * The heavy JSON routes beside a bare Hono GET, each server a process of its own (the load
 * generator in another), rounds alternating the order, ratios paired per round: /api/v1/screen
 * and /api/v1/hotline/intake compact as served, and with ?trace=1 (the whole report) for
 * comparison. The app is compiled as production compiles it (./servers/api-app.ts says why);
 * BENCH_HTTP_TSX=1 runs it through tsx instead, as this bench did before 2026-12-06.
 */
async function benchHttp(): Promise<RunFigures['http']> {
  const dir = mkdtempSync(join(tmpdir(), 'doudi-http-'));
  const servers: Server[] = [];
  try {
    const viaTsx = process.env['BENCH_HTTP_TSX'] === '1';
    let args = ['--import', 'tsx', 'test/bench/servers/api-app.ts'];
    if (!viaTsx) {
      const out = join(dir, 'build');
      const entry = await buildServer(out, { name: 'api-app', path: 'test/bench/servers/api-app.ts' });
      writeFileSync(join(out, 'package.json'), '{"type":"module"}\n');
      args = [entry];
    }
    const a = await startServer('api', args, { PORT: '0' });
    servers.push(a);
    const b = await startServer('bare', ['test/bench/servers/bare-hono.mjs'], { PORT: '0' });
    servers.push(b);
    const screenBody = JSON.stringify({ region: '140802', household: ELDERLY_ALONE });
    const intakeBody = JSON.stringify({
      region: '140800',
      text: '盐湖区农村王大爷七十八岁，独居，无儿无女，没有残疾证，每月种地收入两百元。',
    });
    const json = { 'content-type': 'application/json' };
    const routes: Record<string, Parameters<typeof load>[0]> = {
      'bare GET': { port: b.port, path: '/bare', serverPid: b.pid },
      'POST /api/v1/screen': {
        port: a.port,
        path: '/api/v1/screen',
        method: 'POST',
        body: screenBody,
        headers: json,
        serverPid: a.pid,
      },
      'POST /api/v1/hotline/intake': {
        port: a.port,
        path: '/api/v1/hotline/intake',
        method: 'POST',
        body: intakeBody,
        headers: json,
        serverPid: a.pid,
      },
      'POST /api/v1/screen?trace=1': {
        port: a.port,
        path: '/api/v1/screen?trace=1',
        method: 'POST',
        body: screenBody,
        headers: json,
        serverPid: a.pid,
      },
      'POST /api/v1/hotline/intake?trace=1': {
        port: a.port,
        path: '/api/v1/hotline/intake?trace=1',
        method: 'POST',
        body: intakeBody,
        headers: json,
        serverPid: a.pid,
      },
    };
    const names = Object.keys(routes);
    for (const n of names) await load({ ...routes[n]!, seconds: 1 });
    const rounds = Number(process.env['BENCH_ROUNDS'] ?? 3);
    const got = new Map<string, { rps: number; p99: number; bytes: number; cpu: number }[]>(names.map((n) => [n, []]));
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < names.length; i++) {
        const n = names[(i + r) % names.length]!;
        const x = await load({ ...routes[n]!, seconds: 3 });
        got.get(n)!.push({ rps: x.rps, p99: x.p99ms, bytes: x.meanBodyBytes, cpu: x.serverCpuUsPerRequest });
      }
    }
    console.log(
      `HTTP over loopback (@hono/node-server, 32 keep-alive ` +
        `connections; the API ${viaTsx ? 'through tsx' : 'compiled'} and the bare GET each in a process of ` +
        `its own, load generator in another; ` +
        `${rounds} rounds alternating, medians, ratios paired per round; load ` +
        `average ` +
        `${loadavg()[0]!.toFixed(1)}):`,
    );
    const bareRps = got.get('bare GET')!.map((x) => x.rps);
    const figures: NonNullable<RunFigures['http']> = {
      bareCpu: median(got.get('bare GET')!.map((x) => x.cpu)),
      routes: new Map(),
    };
    for (const n of names) {
      const xs = got.get(n)!;
      const ratio = median(xs.map((x, i) => x.rps / bareRps[i]!));
      line(
        `${n} req/s (body bytes)`,
        `${median(xs.map((x) => x.rps)).toFixed(0)} (${median(xs.map((x) => x.bytes)).toFixed(0)})`,
      );
      line(`  server CPU per request (µs)`, median(xs.map((x) => x.cpu)).toFixed(0));
      if (n !== 'bare GET')
        line(
          `  ÷ bare GET, p99 ms`,
          `${ratio.toFixed(3)}, ${median(xs.map((x) => x.p99)).toFixed(2)}`,
          n.includes('trace') ? undefined : '≥ 0.1',
        );
      if (n !== 'bare GET' && !n.includes('trace')) figures.routes.set(n, { ratio, cpu: median(xs.map((x) => x.cpu)) });
    }
    return figures;
  } finally {
    for (const s of servers) await s.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function benchQuestions(): void {
  const parameters = defaultParameters();
  const counts = loadGoldenCases()
    .filter((c) => c.data.date >= '2021-07-01' && ['14', '44'].includes(c.data.region.slice(0, 2)))
    .map((c) => runOracle(c.data.household, c.data.region, { parameters, today: c.data.date }).asked.length + 1);
  counts.sort((a, b) => a - b);
  console.log(
    `Dialogue questions to reach a result over ` +
      `${counts.length} golden households (main questions, +1 for "where do you ` +
      `live"):`,
  );
  line('median', String(percentile(counts, 50)), '≤ 10');
  line('max', String(counts.at(-1)));
}

/** The floor of the required work per delivery, done the cheapest way (./wechat-floor.ts). */
function benchFloor(): void {
  console.log(
    'WeChat safe-mode delivery, the required work alone (native ' +
      'crypto, raw SQLite statements, 32 per commit; no dialogue, ' +
      'HTTP or XML):',
  );
  line('floor per delivery (µs)', measureWechatFloor().toFixed(0));
}

async function benchWechatStages(): Promise<RunFigures['stages']> {
  const r = await measureWechatStages();
  console.log(
    `WeChat safe-mode delivery by stage, in-process without HTTP ` +
      `(` +
      `${r.deliveries} deliveries, turns of 32, µs per delivery):`,
  );
  for (const [name, us] of r.stages) line(name, us.toFixed(1));
  line('total', r.total.toFixed(1));
  const t = await measureWechatStages(6_000, 'transcripts');
  console.log(
    `The same by stage for whole dialogues (the transcripts mix: ${t.deliveries} deliveries, each resident playing ` +
      `a transcript turn by turn, after 24,000 to warm up):`,
  );
  for (const [name, us] of t.stages) line(name, us.toFixed(1));
  line('total', t.total.toFixed(1));
  return { stages: r.stages, total: r.total };
}

async function benchStart(): Promise<StartFigures> {
  const s = await measureStart();
  console.log(
    `Start and idle memory of the compiled server (dist/node.js, a fresh SQLite file; ${s.healthzAll.length} starts):`,
  );
  line('spawn to the first /healthz (ms), median', s.healthzMs.toFixed(0), '≤ 500');
  line('  every start (ms)', s.healthzAll.map((x) => x.toFixed(0)).join(' '));
  line('RSS 2 s after start (MiB)', s.rssAt2s.toFixed(0));
  line(`RSS idle, lowest in ${s.idleSeconds} s (MiB, at ${s.rssIdleAt} s)`, s.rssIdle.toFixed(0), '≤ 90');
  return s;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Policy questions: the blind set's halves (aggregate figures only for the held-out one), then our own two sets. */
function benchAsk(): void {
  for (const half of ['tune', 'holdout'] as const) {
    const f = runQuestionsEval(half).figures;
    console.log(
      `Policy questions, blind set, ` +
        `${half === 'tune' ? 'tuning' : 'held-out'} half ` +
        `(${f.n}: ` +
        `${f.inField} a text answers, ` +
        `${f.outOfField} outside the field; test/eval/questions.` +
        `${half}.yaml):`,
    );
    line('answering clause first (top-1)', pct(f.top1), half === 'holdout' ? '≥ 80%' : undefined);
    line('answering clause in the first 3 (top-3)', pct(f.top3), half === 'holdout' ? '≥ 92%' : undefined);
    line('in-field questions refused', String(f.refused));
    line('outside the field: "我回答不了" with 12345', pct(f.honest), half === 'holdout' ? '100%' : undefined);
  }
  const r = runAskEval();
  console.log(`Policy questions, our own set (${r.n} in test/fixtures/ask/eval.yaml):`);
  line('top-1 accuracy', pct(r.top1), '≥ 85%');
  line('top-3 accuracy', pct(r.top3), '≥ 95%');
  line('p99 latency (ms)', r.p99ms.toFixed(2), '< 5 ms');
  const d = runAskEval(loadAskEval('dialect'));
  console.log(`Policy questions in 晋南 and Cantonese words, our own set (${d.n} in test/fixtures/ask/dialect.yaml):`);
  line('top-1 accuracy', pct(d.top1), '≥ 90%');
  line('top-3 accuracy', pct(d.top3), '≥ 97%');
  line('p99 latency (ms)', d.p99ms.toFixed(2), '< 5 ms');
}

/**
 * Blind sets (test/eval/): written by people who never saw the code, split once; the held-out
 * half is never read by a developer, only scored here. Figures for both halves.
 */
function benchHotline(): void {
  for (const half of ['holdout', 'tune'] as const) {
    const r = runHotlineEval(half).figures;
    console.log(`Hotline call summaries, blind set, ${half === 'holdout' ? 'held-out' : 'tuning'} half (${r.n}):`);
    line('fact precision / recall', `${pct(r.precision)} / ${pct(r.recall)}`);
    line('fact F1', pct(r.f1), half === 'holdout' ? '≥ 92%' : undefined);
    line(
      'verdicts as the texts give for the stated facts',
      pct(r.verdictAgreement),
      half === 'holdout' ? '≥ 90%' : undefined,
    );
    line('verdicts as the authors wrote them', pct(r.verdictAsAuthor));
    line('verdicts, or as authors judged if facts open', pct(r.verdictAsOfficer));
    line('field paths shown to a person', String(r.leaks), '0');
  }
  const a = runAgreement('holdout');
  console.log(`Hotline labels, held-out half, labelled twice and adjudicated (${a.n}):`);
  const pair = (f: { f1: number; verdictAgreement: number }) => `${pct(f.f1)} / ${pct(f.verdictAgreement)}`;
  console.log('  fact F1 / verdicts:');
  line('  second labeller against the authors', pair(a.labellers));
  line('  reader against the authors', pair(a.readerFirst));
  line('  reader against the second labeller', pair(a.readerSecond));
  line('  reader against the adjudicated labels', pair(a.readerAdjudicated));
}

function benchUnderstanding(): void {
  for (const half of ['holdout', 'tune'] as const) {
    const a = runAnswersEval(half).figures;
    console.log(
      `Resident answers, blind set, ` +
        `${half === 'holdout' ? 'held-out' : 'tuning'} half ` +
        `(${a.n} ` +
        `answers${half === 'tune' ? ', with the tuning-only extras' : ''}):`,
    );
    line('understood on the first try', pct(a.understoodFirstTry), half === 'holdout' ? '≥ 95%' : undefined);
    line('facts right', pct(a.factAccuracy));
    line('facts wrong / of them not said back', `${a.wrongFacts} / ${a.silentlyWrong}`, '— / 0');
    const r = runResidentsEval(half).figures;
    console.log(
      `Scripted residents played through the dialogue, ${half === 'holdout' ? 'held-out' : 'tuning'} half (${r.n}):`,
    );
    line('median messages to a result', String(r.medianMessages), half === 'holdout' ? '≤ 12' : undefined);
    line('reached a result (no dead end)', pct(r.reachedResult), half === 'holdout' ? '100%' : undefined);
    line('answers not understood per resident', r.misunderstoodPerResident.toFixed(2));
    line('facts wrong / of them not said back', `${r.wrongFacts} / ${r.silentlyWrong}`, '— / 0');
    line('verdicts as the texts give for the true facts', pct(r.verdictsAsTruth));
  }
}

function benchRedos(): void {
  const r = measureRedos();
  console.log(
    'Worst-case reading time of outside text (longest accepted ' +
      'input; growth = time at full length ÷ at a quarter, ≈4 linear,' +
      ' ≈16 quadratic):',
  );
  for (const [name, w] of Object.entries(r.worstUsPerChar)) {
    line(`${name}: worst ${w.input}`, `${w.us.toFixed(2)} µs/char`, `≤ ${r.budgetUsPerChar} µs/char`);
    line(`${name}: growth ×4 length`, `×${w.growth.toFixed(1)}`, '< 6');
    line(
      `${name}: random strings, worst`,
      `${r.randomUsPerChar[name]!.toFixed(2)} µs/char`,
      `≤ ${r.budgetUsPerChar} µs/char`,
    );
  }
}

// `npm run bench -- wechat http` runs only the named sections; no names runs them all.
const only = process.argv.slice(2);
const want = (name: string) => only.length === 0 || only.includes(name);
if (want('screen')) benchScreen();
if (want('questions')) benchQuestions();
if (want('ask')) benchAsk();
if (want('hotline')) benchHotline();
if (want('understanding')) benchUnderstanding();
if (want('redos')) benchRedos();
const run: RunFigures = {};
if (want('http')) run.http = await benchHttp();
if (want('wechat')) run.wechat = await benchWechatPeer();
if (want('tail')) run.tail = (await benchWechatTail()).p99;
if (want('floor')) benchFloor();
if (want('stages')) run.stages = await benchWechatStages();
if (want('start')) run.start = await benchStart();
printGoals(run);
