/**
 * The dialogue's view of the outside world: channel-neutral messages in and out, and the
 * ports adapters implement (session storage, clock). grammY-style: the engine never imports
 * a channel or a database; adapters translate WeChat XML, Telegram updates and web forms.
 */
import type { DialogueState } from './state.ts';

/**
 * `staff`: a staff member screening with a household during a visit (adapters/web/staff/cases/assisted.ts); `hotline`:
 * a call filed by a 12345 agent.
 */
export type Channel = 'wechat' | 'telegram' | 'web' | 'staff' | 'test' | 'hotline';

export interface InboundMessage {
  channel: Channel;
  /** Channel-scoped user id (OpenID, Telegram chat id, web link session id). Never shown or logged. */
  userId: string;
  /** What the resident typed, or the id of a numbered choice they tapped. */
  text: string;
  /** Set by adapters: a first contact (subscribe, /start, opening a link). */
  kind?: 'text' | 'start' | 'voice_unrecognised' | 'unsupported';
  /** Tags the channel knows: the village of a screening link or QR scene, the region it serves. */
  tags?: { village?: string; region?: string };
}

export interface Choice {
  /** What the resident sends to pick it ("1", "2" …) — also the callback id on Telegram. */
  id: string;
  label: string;
}

/** A long quote a page can fold under its label (a clause's published wording). */
export interface Fold {
  label: string;
  body: string;
}

export type OutboundMessage =
  | {
      type: 'text';
      text: string;
      /**
       * Quotes a page shows folded under `pageText` (a `<details>` each). Chat channels show
       * `text` alone, which numbers them and says how to ask for one ("回复“原文 1”").
       */
      folds?: Fold[];
      pageText?: string;
    }
  /** `multiple`: several may be picked ("1 3"); a button channel toggles them and sends them on 完成. */
  | { type: 'choices'; text: string; choices: Choice[]; multiple?: boolean }
  | { type: 'link'; text: string; url: string }
  /**
   * The commands that make sense now (为什么, 返回, 申请 …), as the words the engine understands: buttons where a channel has
   * them.
   */
  | { type: 'actions'; actions: string[] }
  | { type: 'end' };

export interface SessionKey {
  channel: Channel;
  userId: string;
}

export interface StoredSession {
  version: number;
  state: DialogueState;
  /** ISO timestamp of the last change (for the 30-day resume window and retention). */
  updatedAt: string;
}

/**
 * Four methods, like grammY's storage adapters. `put` is compare-and-set on `version`, so two
 * messages arriving together cannot both write over the same session: the loser retries.
 */
export interface SessionStore {
  get(key: SessionKey): Promise<StoredSession | undefined>;
  /** Writes when the stored version equals `expectedVersion` (undefined = must not exist). */
  put(key: SessionKey, session: StoredSession, expectedVersion: number | undefined): Promise<'ok' | 'conflict'>;
  delete(key: SessionKey): Promise<void>;
}

export interface Clock {
  now(): Date;
  /** Today's date in China (Asia/Shanghai), ISO `YYYY-MM-DD`. */
  today(): string;
}

/** A village (村/社区) a request can go to, as the dialogue shows it. */
export interface VillageOption {
  code: string;
  name: string;
  township: { code: string; name: string };
}

export interface VillageLookup {
  /** Villages of a city (a county code's villages included). */
  inCity(cityCode: string): VillageOption[];
  get(code: string): VillageOption | undefined;
}

/** What the dialogue hands over when the resident confirms (built by bot/referral/build.ts). */
export interface ReferralSubmission {
  /** Same resident, same consent → same key: a retried or repeated confirmation creates nothing new. */
  idempotencyKey: string;
  channel: Channel;
  userId: string;
  region: string;
  /** The village's code; empty when the resident's village was not in the list (then `office`). */
  village: string;
  /** Where a request goes whose village was not listed: the township chosen, or the county of `region`. */
  office?: { level: 'township' | 'county'; code: string };
  contact: { name: string; phone: string; idNumber?: string; callTime: string };
  household: import('../screening/index.ts').Household;
  report: import('../screening/index.ts').ScreeningReport;
  summary: string;
  materials: import('../content/materials.ts').MaterialsList[];
  consent: { at: string; version: string; text: string };
  /** The 12345 work order (工单号) of a call a hotline agent filed (issue 18): the hotline's feedback is found by it. */
  workOrder?: string;
}

export interface ForgetResult {
  /** References of requests whose personal data was deleted (each withdrawn, below). */
  deleted: string[];
  /** Finished requests, kept by the office until the retention period ends, with their status in words. */
  kept: { reference: string; status: string }[];
  /** Requests that were still open, withdrawn by the resident: their status before, in words and as an id. */
  withdrawn?: { reference: string; was: string; wasStatus: string }[];
}

/** What the desk answers a confirmed request with. */
export interface SubmitResult {
  reference: string;
  /** A new request was made (not a repeat of the same confirmation, nor an update). */
  created: boolean;
  /** The same household (phone or 身份证号) already had an open case: this request joined it. */
  joined?: boolean;
  /** It carries an emergency, so the village is told it is urgent and has less time. */
  urgent?: boolean;
  /** Working days the village has to call (adapters/config/deadlines.ts), as the resident is told. */
  contactDays?: number;
}

/** A request of this resident still being handled (for the warning before 删除我的信息). */
export interface OpenRequest {
  reference: string;
  /** Its status in words. */
  status: string;
}

/** The one-tap answers to the 回访 question (bot/referral/follow-up.ts). */
export type FollowUpAnswer = 'resolved' | 'unresolved' | 'no_contact';

/**
 * Where requests go: stored encrypted, the village notified through the outbox. Implemented in
 * adapters/referral; every method is idempotent, so a retried message is harmless.
 */
export interface ReferralDesk {
  submit(s: ReferralSubmission): Promise<SubmitResult>;
  forget(key: SessionKey): Promise<ForgetResult>;
  /** The resident's requests still being handled, which 删除我的信息 would withdraw. */
  openOf?(key: SessionKey): Promise<OpenRequest[]>;
  /** Records a 回访 answer for one of the resident's finished requests; false when it is not theirs. */
  answerFollowUp?(key: SessionKey, reference: string, answer: FollowUpAnswer): Promise<boolean>;
}
