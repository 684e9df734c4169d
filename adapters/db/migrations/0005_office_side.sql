CREATE TABLE `household_keys` (
	`key` text NOT NULL,
	`referral_id` text NOT NULL,
	PRIMARY KEY(`key`, `referral_id`)
);
--> statement-breakpoint
CREATE INDEX `household_keys_referral` ON `household_keys` (`referral_id`);--> statement-breakpoint
CREATE TABLE `referral_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`referral_id` text NOT NULL,
	`idempotency_key` text NOT NULL,
	`kind` text NOT NULL,
	`channel` text NOT NULL,
	`resident` text NOT NULL,
	`sealed` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `referral_contacts_idempotency_key_unique` ON `referral_contacts` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `referral_contacts_referral` ON `referral_contacts` (`referral_id`);--> statement-breakpoint
CREATE INDEX `referral_contacts_resident` ON `referral_contacts` (`resident`);--> statement-breakpoint
ALTER TABLE `referral_events` ADD `kind` text DEFAULT 'status' NOT NULL;--> statement-breakpoint
ALTER TABLE `referral_events` ADD `told` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `referral_events` ADD `sealed_detail` text;--> statement-breakpoint
ALTER TABLE `referrals` ADD `county` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `referrals` ADD `urgent` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `referrals` ADD `due_ms` integer;--> statement-breakpoint
ALTER TABLE `referrals` ADD `escalated` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `referrals` ADD `follow_up_ms` integer;--> statement-breakpoint
ALTER TABLE `referrals` ADD `follow_up_answer` text;--> statement-breakpoint
CREATE INDEX `referrals_status_due` ON `referrals` (`status`,`due_ms`);