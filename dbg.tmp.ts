import { understand } from './bot/understand/extract.ts';
import { defaultParameters } from './screening/index.ts';
const text = process.argv[2]!;
const u = understand(text, { slot: (process.argv[3] ?? 'summary') as any, household: {}, today: '2026-12-05', region: process.argv[4] ?? '140800', parameters: defaultParameters() });
for (const f of u.facts) console.log(f.path, JSON.stringify(f.value), '|', f.words);
