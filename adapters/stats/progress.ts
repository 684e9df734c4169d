/**
 * How one turn of a screening dialogue moved, as anonymous counts (issue 18 item 5: where
 * residents leave and which question they fail to answer). Pure: the dialogue state before and
 * after a turn in, the cells to increment out — never a user id, an answer or a household fact.
 *
 * A dialogue "sits at" a question while it is in screening mode with that question pending. The
 * kinds counted:
 * - `started`: the first turn of a dialogue in screening mode (a 重新开始 is a new dialogue);
 * - `asked` (question): the dialogue came to sit at the question (asked again after 返回 too);
 * - `answered` (question): the dialogue moved on from it with an answer recorded;
 * - `not_understood` (question): the answer could not be read and the question was asked again;
 * - `departed` (question): the dialogue moved away from it (answered, 返回, a policy question,
 *   the result). `asked − departed` is how many dialogues stayed at the question and never came
 *   back: where residents leave (plus the few still in progress);
 * - `finished` and `verdict` (`program:verdict`): the result was shown, once per dialogue.
 * Each cell carries the city the rules come from as the dialogue knew it then: the city question
 * itself is asked before any city is known, so it is counted under '' (admins only see it).
 */
import type { DialogueState } from '../../bot/state.ts';

export type ProgressKind = 'started' | 'finished' | 'asked' | 'answered' | 'not_understood' | 'departed' | 'verdict';
export const PROGRESS_KINDS: readonly ProgressKind[] = [
  'started',
  'finished',
  'asked',
  'answered',
  'not_understood',
  'departed',
  'verdict',
];

export interface ProgressCell {
  city: string;
  kind: ProgressKind;
  /** A question id, `program:verdict` for a verdict, '' for started/finished. */
  item: string;
}

/** History entries that are notes beside an answer, not answers to a question (bot/engine.ts). */
const NOTE = 'note:';

function sittingAt(s: DialogueState | undefined): string | undefined {
  return s && s.mode === 'screening' && s.pending ? s.pending : undefined;
}

export interface Progress {
  cells: ProgressCell[];
  /** The state to store: `after` with what was counted marked, so nothing is counted twice. */
  state: DialogueState;
  /** The result was reached in this turn: the caller adds the verdicts it screens. */
  finished: boolean;
}

export function progressOf(before: DialogueState | undefined, after: DialogueState): Progress {
  const cells: ProgressCell[] = [];
  const cityBefore = before?.region ?? '';
  const cityAfter = after.region ?? '';
  let counted = after.counted ?? {};
  let marked = false;
  if (after.mode === 'screening' && !counted.started) {
    cells.push({ city: cityAfter, kind: 'started', item: '' });
    counted = { ...counted, started: true };
    marked = true;
  }
  const was = sittingAt(before);
  const now = sittingAt(after);
  const stayed = was !== undefined && was === now;
  if (was !== undefined && !stayed) cells.push({ city: cityBefore, kind: 'departed', item: was });
  // Answered: the dialogue moved on from the question with a new answer recorded (one per
  // question asked, however many follow-ups it had: 几口人 and then their ages is one answer).
  const prior = before?.history.length ?? 0;
  const grew = after.history.slice(prior).some((e) => !e.question.startsWith(NOTE));
  if (was !== undefined && !stayed && grew) cells.push({ city: cityBefore, kind: 'answered', item: was });
  if (stayed && before && after.misunderstood > before.misunderstood)
    cells.push({ city: cityBefore, kind: 'not_understood', item: was });
  if (now !== undefined && !stayed) cells.push({ city: cityAfter, kind: 'asked', item: now });
  let finished = false;
  if (after.mode === 'result' && counted.started && !counted.finished) {
    cells.push({ city: cityAfter, kind: 'finished', item: '' });
    counted = { ...counted, finished: true };
    finished = true;
    marked = true;
  }
  return { cells, state: marked ? withCounted(after, counted) : after, finished };
}

/**
 * `{ ...after, counted }`, same keys in the same order: a spread of the state that adds a key took V8 its slow path
 * (~9,000 instructions, about 1% of a first WeChat message); a copy into an empty object then a set does not.
 */
function withCounted(after: DialogueState, counted: NonNullable<DialogueState['counted']>): DialogueState {
  const state: DialogueState = Object.assign({}, after);
  state.counted = counted;
  return state;
}
