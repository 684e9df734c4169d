/**
 * The database schema (drizzle, SQLite dialect): one schema and one migrations folder for
 * better-sqlite3 on Node and D1 on Workers.
 */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Anonymous screening counts: region, date and verdicts only. Anyone may screen, so the rows are
 * kept only `retention.screeningEventDays` (deleted by created_at, hence the index).
 */
export const screeningEvents = sqliteTable(
  'screening_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    createdAt: text('created_at').notNull(),
    region: text('region').notNull(),
    asOf: text('as_of').notNull(),
    demo: integer('demo', { mode: 'boolean' }).notNull(),
    verdicts: text('verdicts').notNull(),
  },
  (t) => [index('screening_events_created').on(t.createdAt)],
);

/** Dialogue sessions by channel and user, with a version for compare-and-set updates. */
export const sessions = sqliteTable('sessions', {
  key: text('key').primaryKey(),
  version: integer('version').notNull(),
  state: text('state').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** "First delivery wins" claims for WeChat and Telegram retries, with an expiry. */
export const dedup = sqliteTable('dedup', {
  key: text('key').primaryKey(),
  expiresAt: integer('expires_at').notNull(),
});

/** Cached WeChat access tokens shared by every process. */
export const wechatTokens = sqliteTable('wechat_tokens', {
  appId: text('app_id').primaryKey(),
  token: text('token').notNull(),
  expiresAt: integer('expires_at').notNull(),
});

/** Screening links that village staff send to families: the token tags the village. */
export const screeningLinks = sqliteTable('screening_links', {
  token: text('token').primaryKey(),
  village: text('village').notNull(),
  region: text('region').notNull(),
  createdAt: text('created_at').notNull(),
});

/**
 * Requests a resident sent to their village committee, with consent. Everything that names or
 * describes a person (name, phone, 身份证号, household facts, report, channel user id) is in
 * `sealed`, encrypted with DOUDI_DATA_KEY; the plain columns are what routing, roles, filters
 * and retention need. `resident` is a keyed hash of the channel user, so "删除我的信息" can find
 * a resident's requests without storing who they are in clear.
 */
export const referrals = sqliteTable(
  'referrals',
  {
    id: text('id').primaryKey(),
    /** Short number the resident and staff quote ("DD-7K3M9Q"). */
    reference: text('reference').notNull().unique(),
    /** Submitting twice (a retried message, a double click) finds this and creates nothing. */
    idempotencyKey: text('idempotency_key').notNull().unique(),
    resident: text('resident').notNull(),
    channel: text('channel').notNull(),
    region: text('region').notNull(),
    village: text('village').notNull(),
    township: text('township').notNull(),
    /** Programs estimated likely or possible, comma-separated ids, for filters. */
    programs: text('programs').notNull(),
    status: text('status').notNull(),
    sealed: text('sealed').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('referrals_village_status').on(t.village, t.status), index('referrals_resident').on(t.resident)],
);

/** Each status change with its (sealed) note, in order: the request's own history. */
export const referralEvents = sqliteTable(
  'referral_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    referralId: text('referral_id').notNull(),
    at: text('at').notNull(),
    /** Staff user id, or "resident" / "system". */
    actor: text('actor').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    sealedNote: text('sealed_note'),
  },
  (t) => [index('referral_events_referral').on(t.referralId)],
);

/**
 * Durable outbox: village notifications and messages to residents are written in the same
 * atomic step as the change that causes them, then sent with retries and backoff, so a crash
 * loses nothing that was acknowledged. `dedupeKey` makes enqueueing idempotent.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    dedupeKey: text('dedupe_key').notNull().unique(),
    /** wecom_robot | telegram_chat | resident */
    kind: text('kind').notNull(),
    /** Where it goes: a village code (its configured target) or a referral id (its resident). */
    target: text('target').notNull(),
    sealedPayload: text('sealed_payload').notNull(),
    /** pending | sending | sent | failed (given up after the last attempt) */
    status: text('status').notNull(),
    attempts: integer('attempts').notNull(),
    nextAttemptAt: integer('next_attempt_at').notNull(),
    lastError: text('last_error'),
    createdAt: text('created_at').notNull(),
    sentAt: integer('sent_at'),
  },
  (t) => [index('outbox_due').on(t.status, t.nextAttemptAt)],
);

/** Staff console accounts: village staff, township staff, admins. */
export const staffUsers = sqliteTable('staff_users', {
  id: text('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  /** PBKDF2-SHA256 (WebCrypto, so it also runs on Workers): "pbkdf2-sha256$iterations$salt$hash". */
  passwordHash: text('password_hash').notNull(),
  /** village | township | admin */
  role: text('role').notNull(),
  /** The village code (role village) or township code (role township) the account may see. */
  scope: text('scope'),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull(),
});

/**
 * Sign-in attempts by the name typed, or by a device cookie (adapters/web/staff/throttle.ts), under
 * a keyed hash whether or not such an account exists, so a wait looks the same for every name and
 * reveals nothing. An attempt is counted before its password is checked, so attempts sent at once
 * cannot slip past the limit; a success deletes the row. `failures` counts attempts since the last
 * success; `locked_until` (ms) is when the next attempt may be checked: the growing delay after
 * the fifth, or the time of the last attempt before that. A count starts again an hour after it.
 */
export const loginThrottle = sqliteTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lockedUntil: integer('locked_until'),
});

/**
 * Fixed-window counters under a keyed hash of what they count (a client's address, or one
 * global key): sign-in attempts per client and in all, and the public API's unauthenticated
 * writes per client. A row counts from its first hit until `expires_at` (ms), then starts again.
 */
export const rateLimits = sqliteTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    count: integer('count').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [index('rate_limits_expires').on(t.expiresAt)],
);

/** One row the readiness check (/readyz) writes, to prove the database takes writes. */
export const healthProbe = sqliteTable('health_probe', {
  id: integer('id').primaryKey(),
  at: integer('at').notNull(),
});

/** Staff sign-in sessions; only a hash of the cookie token is stored. */
export const staffSessions = sqliteTable('staff_sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: text('user_id').notNull(),
  csrfToken: text('csrf_token').notNull(),
  createdAt: integer('created_at').notNull(),
  expiresAt: integer('expires_at').notNull(),
});

/** Who viewed, changed or exported what, and when. Ids only, never personal data. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    /** Staff user id, "resident", "system", or "-" for a failed login of an unknown name. */
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    referralId: text('referral_id'),
    detail: text('detail'),
  },
  (t) => [index('audit_referral').on(t.referralId)],
);

/**
 * Background jobs that must run on one instance at a time (the retention sweep, the WeChat
 * access-token refresh): a lease per job name, taken with one conditional upsert
 * (adapters/db/jobs.ts), so it works the same on SQLite, D1 and PostgreSQL. `holder` names the
 * instance; `expires_at` (ms) is when another instance may take the job over.
 */
export const jobLeases = sqliteTable('job_leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: integer('expires_at').notNull(),
});
