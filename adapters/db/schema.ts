/**
 * The database schema (drizzle, SQLite dialect): one schema and one migrations folder for
 * better-sqlite3 on Node and D1 on Workers.
 */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
    /** Screened by a staff member with the household during a visit (issue 18), not by a resident alone. */
    assisted: integer('assisted', { mode: 'boolean' }).notNull().default(false),
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
    /**
     * The county (or city) code the request belongs to: the village's, or the resident's when no village was listed.
     */
    county: text('county').notNull().default(''),
    /** Carries an emergency (bot/referral/urgency.ts): listed first, told as urgent, shorter deadlines. */
    urgent: integer('urgent', { mode: 'boolean' }).notNull().default(false),
    /** When the current status is due (ms; adapters/config/deadlines.ts); null once final. */
    dueMs: integer('due_ms'),
    /** How far an overdue current status was raised: 0 not yet, 1 the township, 2 the county. */
    escalated: integer('escalated').notNull().default(0),
    /** When the 回访 was sent (or settled without a push); null while it is not yet. */
    followUpMs: integer('follow_up_ms'),
    /** The resident's answer to the 回访: resolved | unresolved | no_contact. */
    followUpAnswer: text('follow_up_answer'),
    /** Issue 18: the 12345 work order (工单号) a request filed by a hotline agent carries, for the hotline's feedback. */
    workOrder: text('work_order'),
    /** Made by a staff member with the household during a visit (issue 18): consent given in person. */
    assisted: integer('assisted', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    index('referrals_village_status').on(t.village, t.status),
    index('referrals_resident').on(t.resident),
    index('referrals_status_due').on(t.status, t.dueMs),
    index('referrals_work_order').on(t.workOrder),
  ],
);

/**
 * Keyed hashes of a request's phone numbers and 身份证号 (never the numbers), so that the same
 * household reaching doudi on another channel, or calling 12345, finds its open case.
 */
export const householdKeys = sqliteTable(
  'household_keys',
  {
    key: text('key').notNull(),
    referralId: text('referral_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.referralId] }), index('household_keys_referral').on(t.referralId)],
);

/**
 * Later contacts of a case: the same household sending a request on another channel, or a 12345
 * call summary an agent attached. `sealed` holds what they said (contact, household, summary);
 * `resident` the keyed hash of the channel user, as on referrals.
 */
export const referralContacts = sqliteTable(
  'referral_contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    referralId: text('referral_id').notNull(),
    /** The confirmation (or the agent's form) that made it: a retried one finds this and adds nothing. */
    idempotencyKey: text('idempotency_key').notNull().unique(),
    /** request | call */
    kind: text('kind').notNull(),
    channel: text('channel').notNull(),
    resident: text('resident').notNull(),
    sealed: text('sealed').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('referral_contacts_referral').on(t.referralId), index('referral_contacts_resident').on(t.resident)],
);

/**
 * A request's history in order: each status change with its (sealed) note, and the other things
 * that happen to a case (a note alone, a correction, another contact, an escalation, a 回访).
 */
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
    /** status | note | correction | contact | call | escalation | follow_up | withdrawn */
    kind: text('kind').notNull().default('status'),
    /** The note was for the resident too: sent on WeChat and Telegram, shown on the link page. */
    told: integer('told', { mode: 'boolean' }).notNull().default(false),
    /** What else the event holds, sealed: a correction's old and new values, a follow-up's answer. */
    sealedDetail: text('sealed_detail'),
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

// ── 12345 feedback and statistics (issue 18) ──

/**
 * Anonymous counts of how screening dialogues go, for the statistics in pictures: per China day,
 * city (the code the rules come from; '' before the resident named one), channel, kind (started,
 * finished, asked, answered, not_understood, departed, verdict) and item (a question id, or
 * `program:verdict`). No user id, no session key, no answer: one counter per cell, incremented,
 * so nothing here can be traced to a resident. Kept `retention.screeningEventDays` like
 * screening_events (deleted by day).
 */
export const dialogueCounts = sqliteTable(
  'dialogue_counts',
  {
    day: text('day').notNull(),
    city: text('city').notNull(),
    channel: text('channel').notNull(),
    kind: text('kind').notNull(),
    item: text('item').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.city, t.channel, t.kind, t.item] })],
);

// ── Visits and monthly reports (issue 18) ──

/**
 * Visits of village staff to households of the focus groups (the city notices'
 * 主动发现 clauses, cited in each city package's `outreach`), kept minimal: the household by a label the staff member chose
 * (never an ID number), the
 * focus group, the date, the outcome and the kinds of change seen; the label, the note and who gave
 * consent are in `sealed`. `household` is a keyed hash of the label within its village, so the
 * monthly report counts households without reading any label. Deleted after `retention.visitDays`.
 */
export const visits = sqliteTable(
  'visits',
  {
    id: text('id').primaryKey(),
    village: text('village').notNull(),
    township: text('township').notNull(),
    county: text('county').notNull(),
    household: text('household').notNull(),
    /** A focus-group id of the city package (its `outreach.focusGroups`). */
    focusGroup: text('focus_group').notNull(),
    /** China date of the visit, YYYY-MM-DD. */
    visitedOn: text('visited_on').notNull(),
    /** none | screened | request | referred */
    outcome: text('outcome').notNull(),
    /** Kinds of change seen, comma-separated ids (employment, income, consumption, disaster, illness, funeral). */
    changes: text('changes').notNull().default(''),
    /** The staff account that recorded it. */
    staff: text('staff').notNull(),
    /** When an assisted screening on this visit reached its result (ISO), once. */
    screenedAt: text('screened_at'),
    /** The consent to send a request, given in person: when (ISO) and how (oral | signed). */
    consentAt: text('consent_at'),
    consentHow: text('consent_how'),
    /** The request made in this visit. */
    referralId: text('referral_id'),
    sealed: text('sealed').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('visits_village_day').on(t.village, t.visitedOn), index('visits_day').on(t.visitedOn)],
);
