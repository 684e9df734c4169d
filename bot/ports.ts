/**
 * The dialogue's view of the outside world: channel-neutral messages in and out, and the
 * ports adapters implement (session storage, clock). grammY-style: the engine never imports
 * a channel or a database; adapters translate WeChat XML, Telegram updates and web forms.
 */
import type { DialogueState } from './state.ts';

export type Channel = 'wechat' | 'telegram' | 'web' | 'test';

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
  /** The commands that make sense now (为什么, 返回, 申请 …), as the words the engine understands: buttons where a channel has them. */
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
  village: string;
  contact: { name: string; phone: string; idNumber?: string; callTime: string };
  household: import('../screening/index.ts').Household;
  report: import('../screening/index.ts').ScreeningReport;
  summary: string;
  materials: import('../content/materials.ts').MaterialsList[];
  consent: { at: string; version: string; text: string };
}

export interface ForgetResult {
  /** References of requests deleted because nobody had started on them. */
  deleted: string[];
  /** Requests already being handled, kept by the office, with their status in words. */
  kept: { reference: string; status: string }[];
}

/**
 * Where requests go: stored encrypted, the village notified through the outbox. Implemented in
 * adapters/referral; both methods are idempotent, so a retried message is harmless.
 */
export interface ReferralDesk {
  submit(s: ReferralSubmission): Promise<{ reference: string; created: boolean }>;
  forget(key: SessionKey): Promise<ForgetResult>;
}
