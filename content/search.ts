/**
 * Free question → the clauses that best answer it, for a resident of one city.
 *
 * Character bigrams with BM25 (portable: no native tokeniser; Intl.Segmenter splits 低保 and 特困
 * wrongly, and FTS5 trigrams miss two-character words), over the question rewritten into
 * standard Mandarin and joined by the documents' terms for what it says (./ask/terms.ts), so
 * residents' words find the clauses written in the documents' words.
 *
 * What shapes the ranking beyond BM25:
 * - A paragraph of a notice that is also cited sentence by sentence is indexed only by what its
 *   sentences do not say (a question about the 渐退期 finds the 渐退期 sentence, not the whole
 *   paragraph around it; a question about the 月报告 finds the paragraph, which no sentence
 *   holds). Its length still counts as the whole paragraph's, so the remainder is not favoured
 *   for being short.
 * - A clause of the resident's own city's notice outranks a national clause that answers about
 *   as well: where a local notice sets a rule (六个月的渐退期, 按城市低保标准的30%扣减,
 *   每半年核查一次), that is the rule the resident lives under.
 * - What the question asks (./ask/intent.ts): the clauses of the rule it turns on, and of what it
 *   asks of a program, count more; where such a statement puts the resident's own notice first,
 *   the notice's clause ranks above its national ones. A clause of the text on the other program
 *   (特困人员认定办法 for a 低保 question) counts less.
 * - Other cities' notices are never searched.
 * The index is built once per parameter set (its cities' notices and the national texts, so a city
 * added in DOUDI_CONFIG is searched like a built-in one); a question touches only the clauses
 * sharing its words.
 */
import { defaultParameters, type ParameterSet } from '../screening/index.ts';
import { type ClauseView, corpusOf } from './clauses.ts';
import { NATIONAL_REGION } from './documents/index.ts';
import { toMandarin } from './ask/dialect.ts';
import { type Asked, impliedTerms, programOf, statementsFor } from './ask/intent.ts';
import { type Reading, readQuestion } from './ask/terms.ts';
import { dialectOfRegion } from './lexicon/index.ts';

/** Longest question read, in characters (the API and the chat cap theirs at 500). */
export const MAX_QUESTION_CHARS = 500;

/** What each national document is about, indexed with each of its clauses. */
const SUBJECT: Record<string, string> = {
  'mz2021-57': '最低生活保障',
  'mz2021-43': '特困人员 救助供养',
  'mz2022-83': '最低生活保障',
};

/** How much a clause of the resident's own city's notice counts over a national one. */
const LOCAL_WEIGHT = 1.3;
/**
 * How much a clause counts that answers what the question asks (./ask/intent.ts): the first of a
 * statement's clauses in the resident's city most, the others less; a statement on the one rule
 * asked about more than one on what is asked of a program, whose words ("能不能", "多少") say less.
 */
const RULE_WEIGHT = [2, 1.5];
const ASPECT_WEIGHT = [1.6, 1.3];
/**
 * A clause of a text on the other program counts less: a question about 低保 is not answered by
 * 特困人员认定办法, one about 特困 not by 最低生活保障审核确认办法.
 */
const OTHER_PROGRAM_WEIGHT = 0.75;
const PROGRAM_OF_DOCUMENT: Record<string, 'dibao' | 'tekun'> = {
  'mz2021-57': 'dibao',
  'mz2022-83': 'dibao',
  'mz2021-43': 'tekun',
};

export function bigrams(text: string): string[] {
  const chars = [...text.replace(/[^\p{Script=Han}0-9]/gu, ' ')];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) {
    if (chars[i] !== ' ' && chars[i + 1] !== ' ') out.push(`${chars[i]}${chars[i + 1]}`);
  }
  return out;
}

interface Indexed {
  clause: ClauseView;
  region: string;
}

const K1 = 1.2;
const B = 0.5;

/** The text of a paragraph its sentence clauses do not hold. */
function remainder(clause: ClauseView, sentences: readonly ClauseView[]): string {
  let text = clause.text;
  for (const s of sentences) text = text.split(s.text).join(' ');
  return text;
}

/**
 * An inverted index: for each bigram, the clauses holding it with the BM25 weight it gives each
 * (idf and length already applied), so a question touches only the clauses that share its words.
 */
function build(parameters: ParameterSet): Index {
  const corpus = corpusOf(parameters);
  const clauses = [...corpus.byId.values()];
  const counted = clauses.map((clause) => {
    const sentences = clauses.filter((s) => s.id.startsWith(`${clause.id}.`));
    const grams = bigrams(`${SUBJECT[clause.documentId] ?? ''} ${remainder(clause, sentences)}`);
    const tf = new Map<string, number>();
    for (const g of grams) tf.set(g, (tf.get(g) ?? 0) + 1);
    return { tf, length: Math.max(grams.length, bigrams(clause.text).length) };
  });
  const docs: Indexed[] = clauses.map((clause) => ({
    clause,
    region: corpus.docs.get(clause.documentId)?.region ?? NATIONAL_REGION,
  }));
  const avg = counted.reduce((s, d) => s + d.length, 0) / counted.length;
  const df = new Map<string, number>();
  for (const d of counted) for (const g of d.tf.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  const postings = new Map<string, { doc: number; weight: number }[]>();
  counted.forEach((d, doc) => {
    for (const [g, f] of d.tf) {
      const n = df.get(g)!;
      const idf = Math.log(1 + (counted.length - n + 0.5) / (n + 0.5));
      const weight = (idf * f * (K1 + 1)) / (f + K1 * (1 - B + (B * d.length) / avg));
      const list = postings.get(g) ?? [];
      postings.set(g, list);
      list.push({ doc, weight });
    }
  });
  return { docs, postings, regionOf: new Map(docs.map((d) => [d.clause.id, d.region])) };
}

interface Index {
  docs: Indexed[];
  postings: Map<string, { doc: number; weight: number }[]>;
  regionOf: Map<string, string>;
}

const indexes = new WeakMap<ParameterSet, Index>();

function indexOf(parameters: ParameterSet): Index {
  const index = indexes.get(parameters) ?? build(parameters);
  indexes.set(parameters, index);
  return index;
}

/** The clause ids of `ids` a resident of `cityCode` is told about: the national texts' and the city's own notices'. */
export function inCity(
  ids: readonly string[],
  cityCode: string,
  parameters: ParameterSet = defaultParameters(),
): string[] {
  const { regionOf } = indexOf(parameters);
  return ids.filter((id) => [cityCode, NATIONAL_REGION].includes(regionOf.get(id) ?? ''));
}

export interface Hit {
  clause: ClauseView;
  score: number;
  local: boolean;
}

export interface Query {
  /** The question rewritten into standard Mandarin (./ask/dialect.ts). */
  mandarin: string;
  reading: Reading;
  /** Search terms: each bigram with a weight (a notion said twice weighs more, up to twice). */
  terms: Map<string, number>;
  /** What answers what the question asks (./ask/intent.ts). */
  asked: Asked;
}

/** A question read for search in a city: rewritten into Mandarin, joined by the documents' terms. */
export function readForSearch(
  question: string,
  cityCode: string,
  parameters: ParameterSet = defaultParameters(),
): Query {
  const original = question.slice(0, MAX_QUESTION_CHARS);
  // A resident whose city is not known yet may write either dialect.
  const dialect = cityCode === NATIONAL_REGION ? 'all' : dialectOfRegion(cityCode, parameters);
  const mandarin = toMandarin(original, dialect);
  const reading = readQuestion(mandarin, original, dialect);
  const terms = new Map<string, number>();
  for (const g of new Set(bigrams(`${original} ${mandarin}`))) terms.set(g, 1);
  for (const t of [...reading.terms, ...impliedTerms(reading.tags)])
    for (const g of new Set(bigrams(t))) terms.set(g, Math.min(2, (terms.get(g) ?? 0) + 1));
  return { mandarin, reading, terms, asked: statementsFor(reading.tags) };
}

/** Each clause its weight: the largest any statement gives it. */
function prefer(weights: Map<string, number>, ids: readonly string[], byRank: readonly number[]): void {
  for (const [rank, id] of ids.entries())
    weights.set(id, Math.max(weights.get(id) ?? 1, byRank[Math.min(rank, byRank.length - 1)]!));
}

/** Best clauses for a question in a city (its own notice and the national texts), best first. */
export function searchClauses(
  question: string | Query,
  cityCode: string,
  limit = 3,
  parameters: ParameterSet = defaultParameters(),
): Hit[] {
  const index = indexOf(parameters);
  const { terms, asked, reading } =
    typeof question === 'string' ? readForSearch(question, cityCode, parameters) : question;
  const preferred = new Map<string, number>();
  for (const s of asked.rules) prefer(preferred, inCity(s.clauses, cityCode, parameters), RULE_WEIGHT);
  // What is asked of a program is answered first by the resident's own notice where it speaks to it.
  const localFirst = (ids: string[]) => [
    ...ids.filter((id) => index.regionOf.get(id) === cityCode),
    ...ids.filter((id) => index.regionOf.get(id) !== cityCode),
  ];
  const orders = [
    ...asked.rules.map((s) => inCity(s.clauses, cityCode, parameters)),
    ...asked.aspects.map((s) => localFirst(inCity(s.clauses, cityCode, parameters))),
  ];
  for (const s of asked.aspects) prefer(preferred, localFirst(inCity(s.clauses, cityCode, parameters)), ASPECT_WEIGHT);
  const program = programOf(reading.tags);
  const asks =
    program === 'tekun' ? 'tekun' : program === 'dibao' || program === 'single_person_dibao' ? 'dibao' : undefined;
  const scores = new Float64Array(index.docs.length);
  for (const [t, w] of terms) for (const p of index.postings.get(t) ?? []) scores[p.doc]! += w * p.weight;
  const hits: Hit[] = [];
  index.docs.forEach((d, i) => {
    let score = scores[i]!;
    if (score <= 0 || (d.region !== NATIONAL_REGION && d.region !== cityCode)) return;
    const local = d.region !== NATIONAL_REGION;
    if (local) score *= LOCAL_WEIGHT;
    score *= preferred.get(d.clause.id) ?? 1;
    const about = PROGRAM_OF_DOCUMENT[d.clause.documentId];
    if (asks && about && about !== asks) score *= OTHER_PROGRAM_WEIGHT;
    hits.push({ clause: d.clause, score, local });
  });
  localAbove(hits, orders);
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

/**
 * Where a statement puts the resident's own notice first on a rule, the notice's clause ranks
 * above the statement's national clauses whatever their words share: a long national article can
 * outscore the one sentence of the notice that sets the local rule (按城市低保标准的30%扣减), and
 * the resident lives under that sentence. The national clauses stay beside it.
 */
function localAbove(hits: Hit[], orders: readonly (readonly string[])[]): void {
  const byId = new Map(hits.map((h) => [h.clause.id, h]));
  for (const [first, ...rest] of orders) {
    const local = first ? byId.get(first) : undefined;
    if (!local?.local) continue;
    for (const id of rest) {
      const national = byId.get(id);
      if (national && !national.local && national.score >= local.score) local.score = national.score * 1.01;
    }
  }
}
