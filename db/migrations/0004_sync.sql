CREATE TABLE `sync_changes` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tbl` text NOT NULL,
	`pk` text NOT NULL,
	`op` text NOT NULL,
	`cols` text,
	`at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_clock` (
	`tbl` text NOT NULL,
	`pk` text NOT NULL,
	`col` text NOT NULL,
	`hlc` text NOT NULL,
	PRIMARY KEY(`tbl`, `pk`, `col`)
);
--> statement-breakpoint
CREATE TABLE `sync_conflicts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`tbl` text NOT NULL,
	`pk` text NOT NULL,
	`col` text,
	`kind` text NOT NULL,
	`kept` text NOT NULL,
	`from_laptop` text NOT NULL,
	`reviewed_at` text
);
--> statement-breakpoint
CREATE INDEX `sync_conflicts_open_idx` ON `sync_conflicts` (`reviewed_at`);--> statement-breakpoint
CREATE TABLE `sync_outbox` (
	`tbl` text NOT NULL,
	`pk` text NOT NULL,
	`col` text NOT NULL,
	`hlc` text NOT NULL,
	`prev` text,
	PRIMARY KEY(`tbl`, `pk`, `col`)
);
--> statement-breakpoint
CREATE TABLE `sync_state` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
