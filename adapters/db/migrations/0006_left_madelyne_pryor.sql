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
ALTER TABLE `referrals` ADD `work_order` text;--> statement-breakpoint
CREATE INDEX `referrals_work_order` ON `referrals` (`work_order`);