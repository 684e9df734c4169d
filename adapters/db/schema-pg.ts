/**
 * The same tables for PostgreSQL (and the 政务云 databases that speak its protocol), read only by
 * drizzle-kit to write adapters/db/migrations-pg. Shared code keeps building its queries from
 * ./schema.ts: a drizzle table renders as its name and columns as theirs in either dialect, and
 * every value here is stored as the SQLite side stores it (ISO text for instants, milliseconds in
 * bigint, 0/1 read back as booleans), so one query serves both. test/db/schema-parity.test.ts
 * checks that the two files name the same tables, columns, keys and indexes.
 *
 * Differences that are PostgreSQL's way of saying the same thing: identity columns instead of
 * AUTOINCREMENT, bigint for milliseconds (past 2^31), boolean for flags. Columns that are compared
 * or ordered as text (instants, ids) use the "C" collation (migration 0001_c_collation.sql), so
 * they order byte by byte as in SQLite, whatever the database's locale.
 */
import { bigint, boolean, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** Milliseconds since the epoch: JavaScript numbers (exact to 2^53), as in SQLite. */
const ms = (name: string) => bigint(name, { mode: 'number' });
/** Row ids that only ever grow: bigint identity, read as numbers (sequences never near 2^53). */
const rowId = () => bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity();

export const screeningEvents = pgTable(
  'screening_events',
  {
    id: rowId(),
    createdAt: text('created_at').notNull(),
    region: text('region').notNull(),
    asOf: text('as_of').notNull(),
    demo: boolean('demo').notNull(),
    verdicts: text('verdicts').notNull(),
    assisted: boolean('assisted').notNull().default(false),
  },
  (t) => [index('screening_events_created').on(t.createdAt)],
);

export const sessions = pgTable('sessions', {
  key: text('key').primaryKey(),
  version: integer('version').notNull(),
  state: text('state').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const dedup = pgTable('dedup', {
  key: text('key').primaryKey(),
  expiresAt: ms('expires_at').notNull(),
});

export const wechatTokens = pgTable('wechat_tokens', {
  appId: text('app_id').primaryKey(),
  token: text('token').notNull(),
  expiresAt: ms('expires_at').notNull(),
});

export const screeningLinks = pgTable('screening_links', {
  token: text('token').primaryKey(),
  village: text('village').notNull(),
  region: text('region').notNull(),
  createdAt: text('created_at').notNull(),
});

export const referrals = pgTable(
  'referrals',
  {
    id: text('id').primaryKey(),
    reference: text('reference').notNull().unique(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    resident: text('resident').notNull(),
    channel: text('channel').notNull(),
    region: text('region').notNull(),
    village: text('village').notNull(),
    township: text('township').notNull(),
    programs: text('programs').notNull(),
    status: text('status').notNull(),
    sealed: text('sealed').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    county: text('county').notNull().default(''),
    urgent: boolean('urgent').notNull().default(false),
    dueMs: ms('due_ms'),
    escalated: integer('escalated').notNull().default(0),
    followUpMs: ms('follow_up_ms'),
    followUpAnswer: text('follow_up_answer'),
    workOrder: text('work_order'),
    assisted: boolean('assisted').notNull().default(false),
  },
  (t) => [
    index('referrals_village_status').on(t.village, t.status),
    index('referrals_resident').on(t.resident),
    index('referrals_status_due').on(t.status, t.dueMs),
    index('referrals_work_order').on(t.workOrder),
  ],
);

export const householdKeys = pgTable(
  'household_keys',
  {
    key: text('key').notNull(),
    referralId: text('referral_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.referralId] }), index('household_keys_referral').on(t.referralId)],
);

export const referralContacts = pgTable(
  'referral_contacts',
  {
    id: rowId(),
    referralId: text('referral_id').notNull(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    kind: text('kind').notNull(),
    channel: text('channel').notNull(),
    resident: text('resident').notNull(),
    sealed: text('sealed').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('referral_contacts_referral').on(t.referralId), index('referral_contacts_resident').on(t.resident)],
);

export const referralEvents = pgTable(
  'referral_events',
  {
    id: rowId(),
    referralId: text('referral_id').notNull(),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    sealedNote: text('sealed_note'),
    kind: text('kind').notNull().default('status'),
    told: boolean('told').notNull().default(false),
    sealedDetail: text('sealed_detail'),
  },
  (t) => [index('referral_events_referral').on(t.referralId)],
);

export const outbox = pgTable(
  'outbox',
  {
    id: rowId(),
    dedupeKey: text('dedupe_key').notNull().unique(),
    kind: text('kind').notNull(),
    target: text('target').notNull(),
    sealedPayload: text('sealed_payload').notNull(),
    status: text('status').notNull(),
    attempts: integer('attempts').notNull(),
    nextAttemptAt: ms('next_attempt_at').notNull(),
    lastError: text('last_error'),
    createdAt: text('created_at').notNull(),
    sentAt: ms('sent_at'),
  },
  (t) => [index('outbox_due').on(t.status, t.nextAttemptAt)],
);

export const staffUsers = pgTable('staff_users', {
  id: text('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role').notNull(),
  scope: text('scope'),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: text('created_at').notNull(),
});

export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lockedUntil: ms('locked_until'),
});

export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    count: integer('count').notNull(),
    expiresAt: ms('expires_at').notNull(),
  },
  (t) => [index('rate_limits_expires').on(t.expiresAt)],
);

export const healthProbe = pgTable('health_probe', {
  id: integer('id').primaryKey(),
  at: ms('at').notNull(),
});

export const staffSessions = pgTable('staff_sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: text('user_id').notNull(),
  csrfToken: text('csrf_token').notNull(),
  createdAt: ms('created_at').notNull(),
  expiresAt: ms('expires_at').notNull(),
});

export const auditLog = pgTable(
  'audit_log',
  {
    id: rowId(),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    referralId: text('referral_id'),
    detail: text('detail'),
  },
  (t) => [index('audit_referral').on(t.referralId)],
);

export const jobLeases = pgTable('job_leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: ms('expires_at').notNull(),
});

// ── 12345 feedback and statistics (issue 18) ──

export const dialogueCounts = pgTable(
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

export const visits = pgTable(
  'visits',
  {
    id: text('id').primaryKey(),
    village: text('village').notNull(),
    township: text('township').notNull(),
    county: text('county').notNull(),
    household: text('household').notNull(),
    focusGroup: text('focus_group').notNull(),
    visitedOn: text('visited_on').notNull(),
    outcome: text('outcome').notNull(),
    changes: text('changes').notNull().default(''),
    staff: text('staff').notNull(),
    screenedAt: text('screened_at'),
    consentAt: text('consent_at'),
    consentHow: text('consent_how'),
    referralId: text('referral_id'),
    sealed: text('sealed').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('visits_village_day').on(t.village, t.visitedOn), index('visits_day').on(t.visitedOn)],
);
