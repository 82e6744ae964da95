CREATE TABLE `event_kit_items` (
	`item_id` text PRIMARY KEY NOT NULL,
	`kit_id` text NOT NULL,
	`event_id` text NOT NULL,
	`kind` text NOT NULL,
	`outcome` text NOT NULL,
	`attendance_id` text,
	`merged_at` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_kit_items_kit_idx` ON `event_kit_items` (`kit_id`);--> statement-breakpoint
ALTER TABLE `event_guests` ADD `claimed_role` text;