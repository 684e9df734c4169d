/**
 * The formats of the blind evaluation sets (see test/eval/README.md): resident answers, scripted
 * residents, hotline summaries and policy questions. Their authors check their files with
 * validate.ts; the evaluations read them through these schemas.
 */
import { z } from 'zod';
import { Household, PROGRAMS } from '../../screening/index.ts';
import { getClause } from '../../content/clauses.ts';

const Approx = z.object({ approx: z.tuple([z.number(), z.number()]) }).strict();
export const FactValue = z.union([z.string(), z.number(), z.boolean(), Approx, z.literal('unknown')]);
export type FactValue = z.infer<typeof FactValue>;

const M =
  'members\\[\\d+\\]\\.(relation|age|hasDisability|' +
  'disability\\.kind|disability\\.grade|seriousIllness|illnessName|' +
  'illnessOnLocalList|employed|student\\.fullTime)';
const FACT_PATH = new RegExp(
  '^(' +
    [
      'region',
      'hukou',
      'size',
      M,
      'employedCount',
      'income\\.(wages|business|property|pensions|basicPension|otherTransfers|support|supportPayerStatus)',
      'property\\.(deposits|vehicles|houses|commercialProperty|registeredBusiness)',
      'debt',
      'obligors\\.exist',
      'obligors\\.list\\[\\d+\\]\\.' +
        '(relation|age|ableBodiedAdult|status|severeDisability|imprisoned|declaredMissing|noCivilCapacity)',
      'hardship\\.none',
      'hardship\\.events\\[\\d+\\]\\.(kind|date|place|basicLivingSevere)',
      'hardship\\.expenses\\[\\d+\\]\\.(kind|amount)',
      'expenditureType',
      'currentBenefits\\.(dibao|tekun|lowIncome)',
      'contact\\.(name|phone|callTime)',
      'command',
    ].join('|') +
    ')$',
);
export const Facts = z.record(z.string().regex(FACT_PATH, 'unknown fact path'), FactValue);

export const ANSWER_KINDS = [
  'opening',
  'region',
  'members',
  'relations',
  'hukou',
  'disability',
  'disability.which',
  'disability.kind',
  'disability.grade',
  'illness',
  'illness.which',
  'illness.list',
  'employed',
  'income',
  'income.amount',
  'basicPension',
  'supportPayer',
  'property',
  'deposits',
  'obligors',
  'obligors.situation',
  'hardship',
  'hardship.when',
  'hardship.severe',
  'hardship.expense',
  'expenditureType',
  'contact.name',
  'contact.phone',
  'contact.callTime',
] as const;

const City = z.enum(['140800', '441700']);
const Region = z.string().regex(/^\d{6}$/);
const Verdicts = z
  .object(
    Object.fromEntries(PROGRAMS.map((p) => [p, z.enum(['likely', 'possible', 'unlikely', 'need_info'])])) as Record<
      (typeof PROGRAMS)[number],
      z.ZodEnum<{ likely: 'likely'; possible: 'possible'; unlikely: 'unlikely'; need_info: 'need_info' }>
    >,
  )
  .strict();

export const AnswerItem = z
  .object({
    id: z.string().min(1),
    city: City,
    kind: z.enum(ANSWER_KINDS),
    known: Household.optional(),
    of: z
      .enum(['wages', 'business', 'property', 'pensions', 'support'])
      .optional()
      .describe('income.amount: which income the question asks about'),
    say: z.coerce.string().min(1),
    facts: Facts,
    note: z.string().optional(),
  })
  .strict()
  .refine((a) => (a.kind === 'income.amount') === (a.of !== undefined), {
    message: '`of` is required for income.amount and only there',
    path: ['of'],
  });
export type AnswerItem = z.infer<typeof AnswerItem>;

const AMOUNT_KINDS = String.raw`income\.amount\.(wages|business|property|pensions|support)`;
const ANSWER_KEY = new RegExp(`^(${ANSWER_KINDS.map((k) => k.replace('.', '\\.')).join('|')}|${AMOUNT_KINDS})$`);
const Answers = z.record(z.string().regex(ANSWER_KEY, 'unknown answer kind'), z.coerce.string());

export const ResidentScript = z
  .object({
    id: z.string().min(1),
    city: City,
    persona: z.string().min(1),
    truth: Household.extend({ region: Region }).strict(),
    expect: Verdicts,
    answers: Answers,
    retry: Answers.optional(),
    note: z.string().optional(),
  })
  .strict();
export type ResidentScript = z.infer<typeof ResidentScript>;

export const HotlineItem = z
  .object({
    id: z.string().min(1),
    region: Region,
    text: z.string().min(1),
    household: Household,
    place: Region.optional(),
    expect: Verdicts,
    ask: z.array(z.string()).optional(),
    note: z.string().optional(),
  })
  .strict();
export type HotlineItem = z.infer<typeof HotlineItem>;

export const QuestionItem = z
  .object({
    id: z.string().min(1),
    region: Region,
    q: z.coerce.string().min(1),
    ok: z.array(z.string().refine((id) => getClause(id) !== undefined, 'not a clause id in content/documents')),
    note: z.string().optional(),
  })
  .strict();
export type QuestionItem = z.infer<typeof QuestionItem>;

export const SETS = {
  answers: AnswerItem,
  residents: ResidentScript,
  hotline: HotlineItem,
  questions: QuestionItem,
} as const;
export type SetName = keyof typeof SETS;

/** The set a file holds, from its name: answers-…, residents-…, hotline-…, questions-…. */
export function setOf(file: string): SetName {
  const name = file.split('/').pop() ?? '';
  const set = (Object.keys(SETS) as SetName[]).find((s) => name.startsWith(s));
  if (!set) throw new Error(`${file}: name must start with answers, residents, hotline or questions`);
  return set;
}
