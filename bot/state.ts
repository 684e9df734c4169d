/**
 * The persisted state of one resident's dialogue. Plain JSON, so any SessionStore can keep it.
 * `history` keeps each answer with what it changed, so 返回 restores exactly and the resident can
 * always see what they answered.
 */
import type { Household } from '../screening/index.ts';
import type { HouseholdUndo } from './household-undo.ts';
import type { OutboundMessage } from './ports.ts';

export type Mode = 'screening' | 'result' | 'policy' | 'confirm_delete' | 'referral';

export interface HistoryEntry {
  /** Question id (see bot/flows/screening/questions.ts). */
  question: string;
  /**
   * Short label of the question, for "你的回答" lists: none when it is the question's own label (labelOf in
   * bot/flows/screening/questions.ts); sessions stored before keep it always.
   */
  label?: string;
  /** What the resident answered, as understood ("78岁、75岁"). */
  answer: string;
  /**
   * The state as it was before the answer: the household as what undoes the answer's changes (none when it
   * changed nothing), the region only when the answer changed it (null: there was none). Sessions stored
   * before that keep the whole household and the region always.
   */
  before: {
    household?: Household;
    undo?: HouseholdUndo;
    region?: string | null;
    sub?: SubStep;
    askingFor?: string;
  };
}

/** Which kinds of income the amount follow-up asks about: the one now, then the rest. */
type IncomeKey = 'wages' | 'business' | 'property' | 'pensions' | 'support';

/**
 * A follow-up inside one question (after "有残疾证": whose, which kind, which grade), each with
 * what it needs to carry. `asked` lists the follow-ups already put, so none is asked twice.
 */
export type SubStep =
  | { question: 'members'; step: 'ages'; data: { size: number } }
  | { question: 'disability' | 'illness'; step: 'which' | 'more'; data: { asked: string[] } }
  | { question: 'disability'; step: 'kind' | 'grade'; data: { member: number; asked: string[] } }
  | { question: 'illness'; step: 'list'; data: { member: number; asked: string[] } }
  | { question: 'income'; step: 'amount'; data: { key: IncomeKey; rest: IncomeKey[] } }
  | { question: 'obligors'; step: 'situation' }
  | {
      question: 'hardship';
      step: 'when' | 'severe' | 'expense';
      data: { asked: string[]; expense: boolean; mentioned?: boolean };
    };

export interface DialogueState {
  mode: Mode;
  /** City code the rules come from (a county's city); unset until asked or tagged. */
  region?: string;
  household: Household;
  /** The question last asked, awaiting an answer. */
  pending?: string;
  sub?: SubStep;
  history: HistoryEntry[];
  /** Village tag from a screening link or QR scene. */
  village?: string;
  /** Consecutive answers not understood; after a few, 人工 is offered. */
  misunderstood: number;
  /** The last replies, so a page-based channel (the web link) can show them again on reload. */
  lastReply?: OutboundMessage[];
  /** While sending a request to the village committee (bot/referral/flow.ts). */
  referral?: ReferralProgress;
  /** The number of the request this resident sent, once sent. */
  referralReference?: string;
  /**
   * Whom the writer answers for, once an answer said so ("我替我爸问", "俺爹八十一了，俺娘七十七"):
   * the reader's `askingFor` value (father, mother …). Kept for the rest of the dialogue, so a later
   * "我妈有残疾证" is read from the applicant's side (bot/understand/for-a-parent.ts).
   */
  askingFor?: string;
  /**
   * The resident said to stop mid-screening ("不弄了", 粤 "唔搞喇"): nothing more is asked until the next
   * message, which resumes at the same question (the answers are kept; 删除我的信息 deletes them).
   */
  paused?: true;
  /** An emergency was reported and where to get 临时救助 at once was said (once per dialogue). */
  emergencyTold?: boolean;
  /** An answer whose figure looked wrong, held until the resident confirms it (bot/understand/plausible.ts). */
  confirming?: { question: string; parsed: UnderstoodAnswer };
  /**
   * What the anonymous statistics already counted for this dialogue (adapters/stats/progress.ts
   * sets it; the engine never reads it): a start, a finish. A new dialogue (重新开始) starts
   * without it, so it counts as a new start; 返回 from the result does not count a second finish.
   */
  counted?: { started?: true; finished?: true };
}

/** An answer a question understood (bot/flows/screening/answer-kit.ts), kept whole while it is confirmed. */
export interface UnderstoodAnswer {
  ok: true;
  household: Household;
  region?: string;
  /** What was understood, in a few words, for 我的回答. */
  answer: string;
  /** The say-back line ("记下了：…"), shown before the next question. */
  echo: string;
  sub?: SubStep;
  end?: 'not_covered';
}

/** The request's steps: the ids of its fields (bot/referral/fields.ts). */
export type ReferralStep =
  | 'consent'
  | 'name'
  | 'phone'
  | 'township'
  | 'village'
  | 'call_time'
  | 'id_number'
  | 'confirm';

/** What the resident has given so far for the request; nothing here leaves before confirmation. */
export interface ReferralProgress {
  step: ReferralStep;
  /** Where 返回 from the consent question (or 取消) takes the resident. */
  returnMode: 'result' | 'screening';
  consentAt?: string;
  name?: string;
  phone?: string;
  township?: string;
  village?: string;
  /**
   * The resident's village (or also its township) was not in the list: the request goes to the township (or the
   * county).
   */
  unlisted?: 'village' | 'township';
  callTime?: string;
  idNumber?: string;
}

export function newState(tags?: { village?: string; region?: string }): DialogueState {
  return {
    mode: 'screening',
    household: {},
    history: [],
    misunderstood: 0,
    ...(tags?.region ? { region: tags.region } : {}),
    ...(tags?.village ? { village: tags.village } : {}),
  };
}
