-- Text that is compared or ordered (ISO instants, ids, references, user names) in the "C" collation:
-- byte order, as SQLite compares it, whatever locale the database was created with (a zh_CN or
-- en_US collation ignores punctuation at first and would order instants of different forms apart
-- from SQLite). Written by hand: drizzle-kit does not model collations.
ALTER TABLE "screening_events" ALTER COLUMN "created_at" TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "sessions" ALTER COLUMN "updated_at" TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "referrals" ALTER COLUMN "id" TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "referrals" ALTER COLUMN "reference" TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "referrals" ALTER COLUMN "created_at" TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "referrals" ALTER COLUMN "updated_at" TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "referral_events" ALTER COLUMN "at" TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "outbox" ALTER COLUMN "created_at" TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "at" TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "staff_users" ALTER COLUMN "username" TYPE text COLLATE "C";
