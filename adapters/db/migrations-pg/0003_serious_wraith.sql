CREATE TABLE "dialogue_counts" (
	"day" text NOT NULL,
	"city" text NOT NULL,
	"channel" text NOT NULL,
	"kind" text NOT NULL,
	"item" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "dialogue_counts_day_city_channel_kind_item_pk" PRIMARY KEY("day","city","channel","kind","item")
);
--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "work_order" text;--> statement-breakpoint
CREATE INDEX "referrals_work_order" ON "referrals" USING btree ("work_order");