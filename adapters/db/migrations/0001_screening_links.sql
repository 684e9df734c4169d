CREATE TABLE `screening_links` (
	`token` text PRIMARY KEY NOT NULL,
	`village` text NOT NULL,
	`region` text NOT NULL,
	`created_at` text NOT NULL
);
