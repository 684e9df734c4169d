/**
 * How far the hotline labels themselves can be trusted. Every summary of the first blind set was
 * labelled a second time by someone who saw neither the first labels nor the code, and a third
 * person, also blind to the code, settled each disagreement fact by fact (the adjudicated labels).
 * Two careful people's agreement is the ceiling any reader's score against one of them can
 * honestly show; the score against the adjudicated labels is the one that measures the reader
 * rather than one author's habits (whether 村民 states rural hukou, whether 在家 states no work).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROGRAMS } from '../../screening/index.ts';
import { alignMembers, flatten } from './compare.ts';
import { HotlineItem } from './format.ts';
import { compareFacts, factFigures, loadHotline, runHotline, verdictsOf } from './hotline-eval.ts';

type Half = 'tune' | 'holdout';
type Figures = ReturnType<typeof factFigures>;

const read = (name: string, half: Half) =>
  (parse(readFileSync(join(import.meta.dirname, `hotline-${name}.${half}.yaml`), 'utf8')) as unknown[]).map((x) =>
    HotlineItem.parse(x),
  );

/** One labelling scored against another, as the reader is scored against the authors. */
function labelsAgainst(want: HotlineItem, got: HotlineItem) {
  const w = flatten(want.household);
  const vw = verdictsOf(want.household, want.place ?? want.region);
  const vg = verdictsOf(got.household, got.place ?? got.region);
  return {
    ...compareFacts(w, alignMembers(flatten(got.household), w)),
    verdicts: PROGRAMS.map((p) => ({ got: vg[p]!, want: vw[p]! })),
  };
}

export interface Agreement {
  n: number;
  /** The second labeller against the first (the authors). */
  labellers: Figures;
  /** The reader against the first labels, the second, and the adjudicated ones, on the same summaries. */
  readerFirst: Figures;
  readerSecond: Figures;
  readerAdjudicated: Figures;
}

export function runAgreement(half: Half): Agreement {
  const first = new Map(loadHotline(half, { extras: false }).map((x) => [x.id, x]));
  const second = read('second', half);
  const adjudicated = read('adjudicated', half);
  const both = second.filter((x) => first.has(x.id));
  // The text and the region chosen on the page are the authors'; only the labels differ.
  const relabelled = (x: HotlineItem) => runHotline({ ...first.get(x.id)!, household: x.household, place: x.place });
  return {
    n: both.length,
    labellers: factFigures(both.map((x) => labelsAgainst(first.get(x.id)!, x))),
    readerFirst: factFigures(both.map((x) => runHotline(first.get(x.id)!))),
    readerSecond: factFigures(both.map(relabelled)),
    readerAdjudicated: factFigures(adjudicated.filter((x) => first.has(x.id)).map(relabelled)),
  };
}
