/**
 * Every form on the link page answers one step: the dialogue's version when the page was drawn
 * and which question it showed. An answer is applied to that step only. If the dialogue has moved
 * on — a double tap, a second tab, the browser's back button — the answer changes nothing and the
 * page says so (before this, a double tap on "1" answered the question after the one on screen).
 *
 * The check and the write are one step: the engine writes with compare-and-set on the version it
 * read, and the store below hands it no other version. Two taps arriving together therefore
 * cannot both land, and the loser is not retried onto the next question (the engine's retry
 * reads again, sees the new version and stops here).
 */
import type { SessionKey, SessionStore, StoredSession } from '../../../bot/ports.ts';
import type { DialogueState } from '../../../bot/state.ts';

export class StepMoved extends Error {
  override readonly name = 'StepMoved';
}

export interface ShownStep {
  /** The session's version when the page was drawn; 0 for a page drawn before any was stored. */
  version: number;
  /** What the page asked (shownOf); unchecked when undefined. */
  shown?: string;
}

/** Which question or step a state shows: its mode, pending question, sub-step and request step. */
export function shownOf(state: DialogueState): string {
  return [state.mode, state.pending ?? '-', state.sub?.step ?? '-', state.referral?.step ?? '-'].join('.');
}

/** The session store, seen only at the step the form answers: any other version is StepMoved. */
export function atStep(inner: SessionStore, at: ShownStep): SessionStore {
  return {
    async get(key: SessionKey): Promise<StoredSession | undefined> {
      const s = await inner.get(key);
      if ((s?.version ?? 0) !== at.version) throw new StepMoved();
      if (s && at.shown !== undefined && shownOf(s.state) !== at.shown) throw new StepMoved();
      return s;
    },
    put: (key, s, expected) => inner.put(key, s, expected),
    delete: (key) => inner.delete(key),
  };
}
