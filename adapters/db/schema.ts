/**
 * The database schema (drizzle, SQLite dialect): one schema and one migrations folder for
 * better-sqlite3 on Node and D1 on Workers.
 */
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Anonymous screening counts: region, date and verdicts only. */
export const screeningEvents = sqliteTable('screening_events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  createdAt: text('created_at').notNull(),
  region: text('region').notNull(),
  asOf: text('as_of').notNull(),
  demo: integer('demo', { mode: 'boolean' }).notNull(),
  verdicts: text('verdicts').notNull(),
});

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
