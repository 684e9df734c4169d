/**
 * A word in a clause, by what it means: the basic answers (no, yes, 不知道, a correction, a
 * command) here, the rest by the group that reads them (people, situation, money).
 */
import type { ClauseReading } from './clause-reading.ts';
import { setAsideWriter } from './cues.ts';
import { MONEY_WORDS, readMoneyWord } from './read-money-words.ts';
import { PEOPLE_WORDS, readPeopleWord } from './read-people-words.ts';
import { readSituationWord, SITUATION_WORDS } from './read-situation-words.ts';
import type { Reading } from './reading.ts';
import { meaningOf, type Token } from './tokens.ts';

export type WordToken = Extract<Token, { kind: 'word' }>;

export function readWordToken(r: Reading, c: ClauseReading, tok: WordToken, i: number): void {
  const span: [number, number] = [tok.start, tok.end];
  for (const m of tok.meanings) {
    if (PEOPLE_WORDS.has(m.t)) readPeopleWord(r, c, tok, i, m, span);
    else if (SITUATION_WORDS.has(m.t)) readSituationWord(r, c, tok, i, m, span);
    else if (MONEY_WORDS.has(m.t)) readMoneyWord(r, c, tok, i, m, span);
    else
      switch (m.t) {
        case 'neg':
          c.neg = i;
          // The first yes or no of the message answers a yes/no question ("冇，不过阿妈好老喇").
          if (r.yes === undefined && !tok.meanings.some((x) => x.t === 'yes')) r.yes = false;
          break;
        case 'yes':
          if (r.yes === undefined && c.neg !== i - 1) r.yes = !(i - c.neg <= 1);
          break;
        case 'idk':
          r.idk = true;
          c.understoodSomething = true;
          break;
        case 'correction':
          r.corrected = true;
          break;
        case 'command':
          r.commands.push(m.cmd);
          break;
        default:
          break;
      }
  }
  if (meaningOf(tok, 'onBehalf')) {
    // 帮我妈问 / 为其母亲咨询: the person named next (or just before) is who the answers are about.
    const after = c.clause.slice(i + 1).find((t) => meaningOf(t, 'person') && meaningOf(t, 'person')!.rel !== 'self');
    const m = meaningOf(after, 'person');
    const subject = m
      ? r.people.mention(m.rel, after!.start)
      : [...r.people.list]
          .reverse()
          .find((p) => p !== r.people.self && p.at <= tok.start && !p.bystander && !p.dead && !p.apart);
    if (subject) {
      const writer = r.people.self;
      r.people.onBehalfOf(subject);
      setAsideWriter(writer, r.ctx.slot);
      r.topic = r.people.self;
      r.onBehalf = true;
    }
  }
}
