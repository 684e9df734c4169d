/**
 * What was so before and is no longer: a word said of the past (原来, 以前), and a benefit, a business
 * or a thing owned said of the past and then ended (取消了, 注销咗). Shared by the readers of
 * situations and of money; looks at the clause before the word and a bounded stretch after it.
 */
import type { ClauseReading } from './clause-reading.ts';
import { isMeaning } from './cues.ts';
import { hasPhrase, hasPhrases, isPhrase } from './phrases.ts';

/** Whether the word at `i` is said of the past: a past word (原来, 以前) before it, with no 后来/现在 between. */
export function saidOfThePast(c: ClauseReading, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = c.clause[j];
    if (t && isPhrase(t.text, 'nowAgain')) return false;
    if (isMeaning(t, 'past')) return true;
  }
  return false;
}

/**
 * "原来是低保户，今年给取消了", "之前系低保户…退出咗": a benefit said of the past, then ended, is not had
 * now; so a business or a thing owned ("以前开过个体户，上年注销咗").
 */
export function benefitEnded(text: string, c: ClauseReading, i: number, end: number): boolean {
  const rest = text.slice(end, end + 16);
  const sentence = rest.slice(0, Math.max(0, rest.search(/[。！？!?]/)) || rest.length);
  // ("俺是低保户，今年低保被取消了", 粤 "低保俾人取消咗"): stopped by others, said with 被/给, is ended with or
  // without a past word before.
  return (saidOfThePast(c, i) && hasPhrases(sentence, 'stopped', 'doneMark')) || hasPhrase(sentence, 'stoppedByOthers');
}
