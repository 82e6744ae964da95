CREATE TABLE `staff` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`email` text,
	`role` text DEFAULT 'coordinator' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `staff_active_idx` ON `staff` (`active`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`org_number` text,
	`municipality_number` text,
	`sector` text,
	`partner` integer DEFAULT false NOT NULL,
	`contact_name` text,
	`email` text,
	`phone` text,
	`address` text,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `organisations_kind_name_idx` ON `organisations` (`kind`,`name`);--> statement-breakpoint
CREATE TABLE `cohorts` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`starts_on` text,
	`ends_on` text,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cohorts_name_uq` ON `cohorts` (`name`);--> statement-breakpoint
CREATE TABLE `participants` (
	`id` text PRIMARY KEY NOT NULL,
	`first_name` text DEFAULT '' NOT NULL,
	`last_name` text DEFAULT '' NOT NULL,
	`search_text` text DEFAULT '' NOT NULL,
	`email` text,
	`phone` text,
	`birth_year` integer,
	`gender` text DEFAULT 'unknown' NOT NULL,
	`country_of_background` text,
	`municipality_number` text,
	`immigration_reason` text,
	`arrival_year` integer,
	`education_level` text,
	`education_country` text,
	`degree_recognition` text,
	`field` text,
	`desired_occupation` text,
	`norwegian_level` text,
	`languages` text DEFAULT '[]' NOT NULL,
	`interests` text DEFAULT '[]' NOT NULL,
	`nav_office_id` text,
	`nav_advisor` text,
	`track` text DEFAULT 'mentor' NOT NULL,
	`cohort_id` text,
	`coordinator_id` text,
	`stage` text DEFAULT 'registered' NOT NULL,
	`stage_changed_on` text NOT NULL,
	`mentor_gender_preference` text,
	`next_action` text,
	`next_action_on` text,
	`notes` text,
	`registered_on` text NOT NULL,
	`erased_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`nav_office_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`coordinator_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `participants_stage_idx` ON `participants` (`stage`);--> statement-breakpoint
CREATE INDEX `participants_cohort_stage_idx` ON `participants` (`cohort_id`,`stage`);--> statement-breakpoint
CREATE INDEX `participants_search_text_idx` ON `participants` (`search_text`);--> statement-breakpoint
CREATE INDEX `participants_coordinator_idx` ON `participants` (`coordinator_id`);--> statement-breakpoint
CREATE INDEX `participants_nav_office_idx` ON `participants` (`nav_office_id`);--> statement-breakpoint
CREATE INDEX `participants_email_idx` ON `participants` (`email`);--> statement-breakpoint
CREATE INDEX `participants_phone_idx` ON `participants` (`phone`);--> statement-breakpoint
CREATE INDEX `participants_registered_on_idx` ON `participants` (`registered_on`);--> statement-breakpoint
CREATE TABLE `mentors` (
	`id` text PRIMARY KEY NOT NULL,
	`first_name` text DEFAULT '' NOT NULL,
	`last_name` text DEFAULT '' NOT NULL,
	`search_text` text DEFAULT '' NOT NULL,
	`email` text,
	`phone` text,
	`birth_year` integer,
	`gender` text DEFAULT 'unknown' NOT NULL,
	`organisation_id` text,
	`job_title` text,
	`field` text,
	`education_level` text,
	`years_of_experience` integer,
	`languages` text DEFAULT '[]' NOT NULL,
	`municipality_number` text,
	`capacity` integer DEFAULT 1 NOT NULL,
	`availability` text,
	`active` integer DEFAULT true NOT NULL,
	`preferences` text,
	`notes` text,
	`registered_on` text NOT NULL,
	`erased_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `mentors_active_field_idx` ON `mentors` (`active`,`field`);--> statement-breakpoint
CREATE INDEX `mentors_organisation_idx` ON `mentors` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `mentors_search_text_idx` ON `mentors` (`search_text`);--> statement-breakpoint
CREATE INDEX `mentors_email_idx` ON `mentors` (`email`);--> statement-breakpoint
CREATE INDEX `mentors_phone_idx` ON `mentors` (`phone`);--> statement-breakpoint
CREATE TABLE `event_guests` (
	`id` text PRIMARY KEY NOT NULL,
	`first_name` text DEFAULT '' NOT NULL,
	`last_name` text DEFAULT '' NOT NULL,
	`search_text` text DEFAULT '' NOT NULL,
	`email` text,
	`phone` text,
	`organisation_name` text,
	`notes` text,
	`erased_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `event_guests_search_text_idx` ON `event_guests` (`search_text`);--> statement-breakpoint
CREATE INDEX `event_guests_email_idx` ON `event_guests` (`email`);--> statement-breakpoint
CREATE INDEX `event_guests_phone_idx` ON `event_guests` (`phone`);--> statement-breakpoint
CREATE TABLE `stage_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`participant_id` text NOT NULL,
	`from_stage` text,
	`stage` text NOT NULL,
	`reason` text,
	`effective_on` text NOT NULL,
	`recorded_at` text NOT NULL,
	`staff_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `stage_changes_participant_effective_idx` ON `stage_changes` (`participant_id`,`effective_on`,`recorded_at`);--> statement-breakpoint
CREATE TABLE `match_exclusions` (
	`id` text PRIMARY KEY NOT NULL,
	`participant_id` text NOT NULL,
	`mentor_id` text NOT NULL,
	`kind` text NOT NULL,
	`reason` text,
	`staff_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mentor_id`) REFERENCES `mentors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `match_exclusions_pair_uq` ON `match_exclusions` (`participant_id`,`mentor_id`);--> statement-breakpoint
CREATE INDEX `match_exclusions_mentor_idx` ON `match_exclusions` (`mentor_id`);--> statement-breakpoint
CREATE TABLE `match_meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`match_id` text NOT NULL,
	`met_on` text NOT NULL,
	`minutes` integer,
	`topics` text,
	`kind` text DEFAULT 'meeting' NOT NULL,
	`note` text,
	`staff_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`match_id`) REFERENCES `matches`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "match_meetings_minutes_ck" CHECK("match_meetings"."minutes" is null or "match_meetings"."minutes" >= 0)
);
--> statement-breakpoint
CREATE INDEX `match_meetings_match_idx` ON `match_meetings` (`match_id`,`met_on`);--> statement-breakpoint
CREATE TABLE `matches` (
	`id` text PRIMARY KEY NOT NULL,
	`participant_id` text NOT NULL,
	`mentor_id` text NOT NULL,
	`status` text DEFAULT 'proposed' NOT NULL,
	`score` real,
	`score_breakdown` text,
	`proposed_on` text,
	`intro_meeting_at` text,
	`intro_meeting_place` text,
	`confirmed_on` text,
	`started_on` text,
	`planned_end_on` text,
	`ended_on` text,
	`end_reason` text,
	`goals` text,
	`staff_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mentor_id`) REFERENCES `mentors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `matches_participant_idx` ON `matches` (`participant_id`,`status`);--> statement-breakpoint
CREATE INDEX `matches_mentor_status_idx` ON `matches` (`mentor_id`,`status`);--> statement-breakpoint
CREATE INDEX `matches_status_idx` ON `matches` (`status`);--> statement-breakpoint
CREATE TABLE `placements` (
	`id` text PRIMARY KEY NOT NULL,
	`participant_id` text NOT NULL,
	`organisation_id` text,
	`supervisor_name` text,
	`supervisor_email` text,
	`supervisor_phone` text,
	`job_title` text,
	`starts_on` text,
	`ends_on` text,
	`ended_on` text,
	`nav_agreement` integer DEFAULT false NOT NULL,
	`nav_office_id` text,
	`nav_advisor` text,
	`livelihood` text,
	`status` text DEFAULT 'planned' NOT NULL,
	`end_reason` text,
	`notes` text,
	`staff_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`nav_office_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `placements_participant_idx` ON `placements` (`participant_id`);--> statement-breakpoint
CREATE INDEX `placements_organisation_idx` ON `placements` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `placements_status_starts_idx` ON `placements` (`status`,`starts_on`);--> statement-breakpoint
CREATE TABLE `grant_cohorts` (
	`grant_id` text NOT NULL,
	`cohort_id` text NOT NULL,
	PRIMARY KEY(`grant_id`, `cohort_id`),
	FOREIGN KEY (`grant_id`) REFERENCES `grants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `grant_cohorts_cohort_idx` ON `grant_cohorts` (`cohort_id`);--> statement-breakpoint
CREATE TABLE `grant_deadlines` (
	`id` text PRIMARY KEY NOT NULL,
	`grant_id` text NOT NULL,
	`kind` text DEFAULT 'report' NOT NULL,
	`due_on` text NOT NULL,
	`description` text,
	`done_on` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`grant_id`) REFERENCES `grants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `grant_deadlines_due_idx` ON `grant_deadlines` (`due_on`);--> statement-breakpoint
CREATE INDEX `grant_deadlines_grant_idx` ON `grant_deadlines` (`grant_id`);--> statement-breakpoint
CREATE TABLE `grants` (
	`id` text PRIMARY KEY NOT NULL,
	`funder` text NOT NULL,
	`funder_name` text NOT NULL,
	`scheme` text,
	`case_number` text,
	`amount` real,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "grants_period_ck" CHECK("grants"."period_start" <= "grants"."period_end")
);
--> statement-breakpoint
CREATE INDEX `grants_period_idx` ON `grants` (`period_start`,`period_end`);--> statement-breakpoint
CREATE TABLE `hours` (
	`id` text PRIMARY KEY NOT NULL,
	`worked_on` text NOT NULL,
	`staff_id` text,
	`mentor_id` text,
	`volunteer_name` text,
	`hours` real NOT NULL,
	`activity` text DEFAULT 'other' NOT NULL,
	`grant_id` text,
	`hourly_value` real,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`mentor_id`) REFERENCES `mentors`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`grant_id`) REFERENCES `grants`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "hours_positive_ck" CHECK("hours"."hours" > 0 and "hours"."hours" <= 24),
	CONSTRAINT "hours_one_person_ck" CHECK(("hours"."staff_id" is not null) + ("hours"."mentor_id" is not null) + ("hours"."volunteer_name" is not null) <= 1)
);
--> statement-breakpoint
CREATE INDEX `hours_grant_date_idx` ON `hours` (`grant_id`,`worked_on`);--> statement-breakpoint
CREATE INDEX `hours_staff_idx` ON `hours` (`staff_id`) WHERE "hours"."staff_id" is not null;--> statement-breakpoint
CREATE INDEX `hours_mentor_idx` ON `hours` (`mentor_id`) WHERE "hours"."mentor_id" is not null;--> statement-breakpoint
CREATE TABLE `progression_forms` (
	`id` text PRIMARY KEY NOT NULL,
	`participant_id` text NOT NULL,
	`timepoint` text NOT NULL,
	`filled_on` text NOT NULL,
	`norwegian_at_work` integer,
	`professional_network` integer,
	`working_life_knowledge` integer,
	`job_seeking` integer,
	`belief_in_chances` integer,
	`comment` text,
	`staff_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "progression_forms_norwegian_at_work_ck" CHECK("progression_forms"."norwegian_at_work" is null or "progression_forms"."norwegian_at_work" between 1 and 5),
	CONSTRAINT "progression_forms_professional_network_ck" CHECK("progression_forms"."professional_network" is null or "progression_forms"."professional_network" between 1 and 5),
	CONSTRAINT "progression_forms_working_life_knowledge_ck" CHECK("progression_forms"."working_life_knowledge" is null or "progression_forms"."working_life_knowledge" between 1 and 5),
	CONSTRAINT "progression_forms_job_seeking_ck" CHECK("progression_forms"."job_seeking" is null or "progression_forms"."job_seeking" between 1 and 5),
	CONSTRAINT "progression_forms_belief_in_chances_ck" CHECK("progression_forms"."belief_in_chances" is null or "progression_forms"."belief_in_chances" between 1 and 5)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `progression_forms_participant_timepoint_uq` ON `progression_forms` (`participant_id`,`timepoint`);--> statement-breakpoint
CREATE TABLE `attendance` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`participant_id` text,
	`mentor_id` text,
	`guest_id` text,
	`status` text DEFAULT 'registered' NOT NULL,
	`checked_in_at` text,
	`source` text DEFAULT 'roster' NOT NULL,
	`staff_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mentor_id`) REFERENCES `mentors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`guest_id`) REFERENCES `event_guests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "attendance_one_person_ck" CHECK(("attendance"."participant_id" is not null) + ("attendance"."mentor_id" is not null) + ("attendance"."guest_id" is not null) = 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attendance_participant_event_uq` ON `attendance` (`participant_id`,`event_id`) WHERE "attendance"."participant_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `attendance_mentor_event_uq` ON `attendance` (`mentor_id`,`event_id`) WHERE "attendance"."mentor_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `attendance_guest_event_uq` ON `attendance` (`guest_id`,`event_id`) WHERE "attendance"."guest_id" is not null;--> statement-breakpoint
CREATE INDEX `attendance_event_status_idx` ON `attendance` (`event_id`,`status`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`starts_at` text NOT NULL,
	`ends_at` text,
	`place` text,
	`capacity` integer,
	`organiser` text,
	`grant_id` text,
	`cohort_id` text,
	`description` text,
	`staff_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`grant_id`) REFERENCES `grants`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `events_starts_idx` ON `events` (`starts_at`);--> statement-breakpoint
CREATE INDEX `events_grant_idx` ON `events` (`grant_id`);--> statement-breakpoint
CREATE TABLE `follow_ups` (
	`id` text PRIMARY KEY NOT NULL,
	`participant_id` text,
	`mentor_id` text,
	`contacted_on` text NOT NULL,
	`kind` text NOT NULL,
	`minutes` integer,
	`staff_id` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mentor_id`) REFERENCES `mentors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "follow_ups_one_person_ck" CHECK(("follow_ups"."participant_id" is not null) + ("follow_ups"."mentor_id" is not null) = 1)
);
--> statement-breakpoint
CREATE INDEX `follow_ups_participant_idx` ON `follow_ups` (`participant_id`,`contacted_on`) WHERE "follow_ups"."participant_id" is not null;--> statement-breakpoint
CREATE INDEX `follow_ups_mentor_idx` ON `follow_ups` (`mentor_id`,`contacted_on`) WHERE "follow_ups"."mentor_id" is not null;--> statement-breakpoint
CREATE TABLE `outcomes` (
	`id` text PRIMARY KEY NOT NULL,
	`participant_id` text NOT NULL,
	`timepoint` text NOT NULL,
	`category` text NOT NULL,
	`employer` text,
	`organisation_id` text,
	`outcome_on` text NOT NULL,
	`note` text,
	`staff_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outcomes_participant_timepoint_uq` ON `outcomes` (`participant_id`,`timepoint`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`staff_id` text,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`details` text,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `consents` (
	`id` text PRIMARY KEY NOT NULL,
	`participant_id` text,
	`mentor_id` text,
	`guest_id` text,
	`purpose` text NOT NULL,
	`lawful_basis` text DEFAULT 'consent' NOT NULL,
	`text_version` text,
	`method` text,
	`given_on` text NOT NULL,
	`withdrawn_on` text,
	`staff_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mentor_id`) REFERENCES `mentors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`guest_id`) REFERENCES `event_guests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "consents_one_person_ck" CHECK(("consents"."participant_id" is not null) + ("consents"."mentor_id" is not null) + ("consents"."guest_id" is not null) = 1)
);
--> statement-breakpoint
CREATE INDEX `consents_participant_idx` ON `consents` (`participant_id`,`purpose`) WHERE "consents"."participant_id" is not null;--> statement-breakpoint
CREATE INDEX `consents_mentor_idx` ON `consents` (`mentor_id`,`purpose`) WHERE "consents"."mentor_id" is not null;--> statement-breakpoint
CREATE INDEX `consents_guest_idx` ON `consents` (`guest_id`,`purpose`) WHERE "consents"."guest_id" is not null;--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `reference_values` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`code` text NOT NULL,
	`label` text NOT NULL,
	`maps_to` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reference_values_kind_code_uq` ON `reference_values` (`kind`,`code`);--> statement-breakpoint
CREATE INDEX `reference_values_kind_idx` ON `reference_values` (`kind`,`sort_order`);