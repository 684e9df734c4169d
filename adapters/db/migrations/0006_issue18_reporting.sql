CREATE TABLE `dialogue_counts` (
	`day` text NOT NULL,
	`city` text NOT NULL,
	`channel` text NOT NULL,
	`kind` text NOT NULL,
	`item` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`day`, `city`, `channel`, `kind`, `item`)
);
--> statement-breakpoint
CREATE TABLE `visits` (
	`id` text PRIMARY KEY NOT NULL,
	`village` text NOT NULL,
	`township` text NOT NULL,
	`county` text NOT NULL,
	`household` text NOT NULL,
	`focus_group` text NOT NULL,
	`visited_on` text NOT NULL,
	`outcome` text NOT NULL,
	`changes` text DEFAULT '' NOT NULL,
	`staff` text NOT NULL,
	`screened_at` text,
	`consent_at` text,
	`consent_how` text,
	`referral_id` text,
	`sealed` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `visits_village_day` ON `visits` (`village`,`visited_on`);--> statement-breakpoint
CREATE INDEX `visits_day` ON `visits` (`visited_on`);--> statement-breakpoint
ALTER TABLE `referrals` ADD `work_order` text;--> statement-breakpoint
ALTER TABLE `referrals` ADD `assisted` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `referrals_work_order` ON `referrals` (`work_order`);--> statement-breakpoint
ALTER TABLE `screening_events` ADD `assisted` integer DEFAULT false NOT NULL;