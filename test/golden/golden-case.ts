/**
 * The golden-case format: YAML a policy officer can read. Each case names the region, the date,
 * the household, the expected verdict per program, and the clause ids its reasons must cite.
 * `covers` tags tie a case to a row of rules-notes section (d) (`d1`…`d30`), a national
 * condition (`a1-…`, `a2-…`, `a3-…`, `a4-…`), a boundary (`boundary-…`), an unknown path (`unknown-…`)
 * or an item of issue #15's policy corrections (`i15-…`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { Household, PROGRAMS, VERDICTS } from '../../screening/index.ts';

const ProgramMap = <T extends z.ZodType>(v: T) =>
  z
    .object(
      Object.fromEntries(PROGRAMS.map((p) => [p, v.optional()])) as Record<(typeof PROGRAMS)[number], z.ZodOptional<T>>,
    )
    .strict();

export const GoldenCase = z
  .object({
    name: z.string().min(4),
    covers: z
      .array(z.string().regex(/^(d\d+|a\d-[a-z0-9-]+|boundary-[a-z0-9-]+|unknown-[a-z0-9-]+|i15-[a-z0-9-]+)$/))
      .min(1),
    region: z.string().regex(/^\d{6}$/),
    date: z.iso.date(),
    household: Household,
    expect: z
      .object({
        dibao: z.enum(VERDICTS),
        single_person_dibao: z.enum(VERDICTS),
        tekun: z.enum(VERDICTS),
        temporary_assistance: z.enum(VERDICTS),
      })
      .strict(),
    citations: ProgramMap(z.array(z.string())).optional(),
    missing: ProgramMap(z.array(z.string())).optional(),
    amount: ProgramMap(z.number()).optional(),
    /** Text fragments that must appear in that program's reasons (figures, named conditions). */
    mentions: ProgramMap(z.array(z.string())).optional(),
    /** Text fragments that must not appear in that program's reasons (wording the texts do not support). */
    absent: ProgramMap(z.array(z.string())).optional(),
    /** Facts that must not be asked for that program (a question that cannot change the answer). */
    notMissing: ProgramMap(z.array(z.string())).optional(),
    /** Text fragments that must appear in the report's next steps. */
    nextSteps: z.array(z.string()).optional(),
    /** Text fragments that must appear in what the report says to do first. */
    advice: z.array(z.string()).optional(),
    /** The programs the result shows first, in this order (what the resident should act on first). */
    order: z.array(z.enum(PROGRAMS)).optional(),
    demo: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();
export type GoldenCase = z.infer<typeof GoldenCase>;

export interface LoadedCase {
  file: string;
  index: number;
  data: GoldenCase;
}

export function loadGoldenCases(dir = join(import.meta.dirname, 'cases')): LoadedCase[] {
  const out: LoadedCase[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const docs = parse(readFileSync(join(dir, file), 'utf8'), { merge: true }) as unknown;
    const list = z.array(z.unknown()).parse(docs);
    list.forEach((raw, index) => {
      const parsed = GoldenCase.safeParse(raw);
      if (!parsed.success) {
        throw new Error(
          `${file} case ` +
            `${index + 1}: ` +
            `${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      }
      out.push({ file, index, data: parsed.data });
    });
  }
  return out;
}
