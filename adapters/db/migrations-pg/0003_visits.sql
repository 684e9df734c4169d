CREATE TABLE "visits" (
	"id" text PRIMARY KEY NOT NULL,
	"village" text NOT NULL,
	"township" text NOT NULL,
	"county" text NOT NULL,
	"household" text NOT NULL,
	"focus_group" text NOT NULL,
	"visited_on" text NOT NULL,
	"outcome" text NOT NULL,
	"changes" text DEFAULT '' NOT NULL,
	"staff" text NOT NULL,
	"screened_at" text,
	"consent_at" text,
	"consent_how" text,
	"referral_id" text,
	"sealed" text NOT NULL,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "assisted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "screening_events" ADD COLUMN "assisted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "visits_village_day" ON "visits" USING btree ("village","visited_on");--> statement-breakpoint
CREATE INDEX "visits_day" ON "visits" USING btree ("visited_on");