CREATE TABLE `mail_calendar_versions` (
	`uid` text NOT NULL,
	`version` text NOT NULL,
	`sequence` integer NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`uid`, `version`)
);
--> statement-breakpoint
CREATE TABLE `mail_outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`idempotency_key` text NOT NULL,
	`participant_id` text,
	`mentor_id` text,
	`guest_id` text,
	`template_kind` text NOT NULL,
	`language` text NOT NULL,
	`event_id` text,
	`match_id` text,
	`to_address` text,
	`to_name` text,
	`subject` text,
	`body` text,
	`calendar` text,
	`status` text DEFAULT 'queued' NOT NULL,
	`error` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`message_id` text,
	`sent_at` text,
	`staff_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mentor_id`) REFERENCES `mentors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`guest_id`) REFERENCES `event_guests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`match_id`) REFERENCES `matches`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mail_outbox_key_uq` ON `mail_outbox` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `mail_outbox_status_idx` ON `mail_outbox` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `mail_outbox_participant_idx` ON `mail_outbox` (`participant_id`) WHERE "mail_outbox"."participant_id" is not null;--> statement-breakpoint
CREATE INDEX `mail_outbox_mentor_idx` ON `mail_outbox` (`mentor_id`) WHERE "mail_outbox"."mentor_id" is not null;--> statement-breakpoint
CREATE INDEX `mail_outbox_guest_idx` ON `mail_outbox` (`guest_id`) WHERE "mail_outbox"."guest_id" is not null;--> statement-breakpoint
CREATE INDEX `mail_outbox_event_idx` ON `mail_outbox` (`event_id`);--> statement-breakpoint
CREATE INDEX `mail_outbox_match_idx` ON `mail_outbox` (`match_id`);--> statement-breakpoint
CREATE TABLE `mail_templates` (
	`kind` text NOT NULL,
	`language` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`staff_id` text,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`kind`, `language`),
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null
);
