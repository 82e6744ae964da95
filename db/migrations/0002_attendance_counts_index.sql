DROP INDEX `attendance_event_status_idx`;--> statement-breakpoint
CREATE INDEX `attendance_event_counts_idx` ON `attendance` (`event_id`,`status`,`source`,`participant_id`,`mentor_id`);