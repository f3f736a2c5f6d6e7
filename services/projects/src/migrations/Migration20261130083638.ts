import { Migration } from '@mikro-orm/migrations';

export class Migration20261130083638 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "consultation_kind" as enum ('SECRETARY_MEETING', 'VILLAGER_TALK', 'OPEN_DELIBERATION', 'HEARING');`);
    this.addSql(`create type "consultation_status" as enum ('RAISED', 'HELD');`);
    this.addSql(`create type "decision_stage" as enum ('BRANCH_PROPOSAL', 'COMMITTEES_DELIBERATION', 'PARTY_MEMBERS_REVIEW', 'VILLAGERS_RESOLUTION', 'RESOLUTION_DISCLOSED', 'RESULT_DISCLOSED');`);
    this.addSql(`create type "decision_status" as enum ('IN_PROGRESS', 'REJECTED', 'COMPLETED');`);
    this.addSql(`create type "stage_outcome" as enum ('DONE', 'PASSED', 'NO_QUORUM', 'REJECTED');`);
    this.addSql(`create type "disclosure_kind" as enum ('PARTY', 'VILLAGE', 'FINANCE');`);
    this.addSql(`create type "listing_period_status" as enum ('OPEN', 'PUBLISHED');`);
    this.addSql(`create type "need_source" as enum ('VILLAGER', 'CONSULTATION', 'SERVICE_ORDER', 'SURVEY');`);
    this.addSql(`create type "need_status" as enum ('CANDIDATE', 'OPEN', 'ANSWERED');`);
    this.addSql(`create type "project_state" as enum ('DRAFT', 'COMMITTEE_REVIEWED', 'TOWNSHIP_FILED', 'IN_DELIVERY', 'DELIVERED', 'ACCEPTED', 'RETURNED', 'WITHDRAWN');`);
    this.addSql(`create type "resource_kind" as enum ('FUNDS', 'VENUE', 'SKILL', 'MATERIAL', 'VOLUNTEERS', 'ORGANIZATION');`);
    this.addSql(`create table "consultation" ("id" uuid not null, "division_code" varchar(12) not null, "topic" varchar(200) not null, "kind" "consultation_kind" not null, "raised_by" varchar(100) not null default '', "status" "consultation_status" not null default 'RAISED', "venue_id" varchar(64) null, "held_at" timestamptz null, "attendance" int null, "groups_present" jsonb not null, "views" jsonb not null, "outcome" text null, "need_id" uuid null, "created_at" timestamptz not null, constraint "consultation_pkey" primary key ("id"));`);
    this.addSql(`create index "consultation_division_code_kind_held_at_index" on "consultation" ("division_code", "kind", "held_at");`);

    this.addSql(`create table "county_setting" ("county_code" varchar(6) not null, "decision_threshold_fen" int not null, constraint "county_setting_pkey" primary key ("county_code"));`);

    this.addSql(`create table "decision" ("id" uuid not null, "division_code" varchar(12) not null, "title" varchar(200) not null, "matter" text not null, "major" boolean not null, "project_id" uuid null, "stage" "decision_stage" null, "status" "decision_status" not null default 'IN_PROGRESS', "created_at" timestamptz not null, constraint "decision_pkey" primary key ("id"));`);
    this.addSql(`create index "decision_division_code_index" on "decision" ("division_code");`);

    this.addSql(`create table "decision_objection" ("id" uuid not null, "decision_id" uuid not null, "at_stage" "decision_stage" null, "text" text not null, "answer" text null, "raised_at" timestamptz not null, "answered_at" timestamptz null, constraint "decision_objection_pkey" primary key ("id"));`);
    this.addSql(`create index "decision_objection_decision_id_index" on "decision_objection" ("decision_id");`);

    this.addSql(`create table "decision_stage_record" ("id" uuid not null, "decision_id" uuid not null, "division_code" varchar(12) not null, "stage" "decision_stage" not null, "outcome" "stage_outcome" not null, "held_at" timestamptz not null, "eligible" int null, "present" int null, "votes_for" int null, "votes_against" int null, "abstentions" int null, "implemented_at" timestamptz null, "late" boolean not null default false, "recorded_at" timestamptz not null, constraint "decision_stage_record_pkey" primary key ("id"));`);
    this.addSql(`create index "decision_stage_record_decision_id_index" on "decision_stage_record" ("decision_id");`);
    this.addSql(`create index "decision_stage_record_division_code_index" on "decision_stage_record" ("division_code");`);

    this.addSql(`create table "disclosure" ("id" uuid not null, "division_code" varchar(12) not null, "kind" "disclosure_kind" not null, "period" varchar(7) not null, "title" varchar(200) not null, "body" text not null, "lines" jsonb not null, "income_total_fen" int null, "expense_total_fen" int null, "corrects_id" uuid null, "late" boolean not null default false, "published_at" timestamptz not null, constraint "disclosure_pkey" primary key ("id"));`);
    this.addSql(`create index "disclosure_division_code_kind_published_at_index" on "disclosure" ("division_code", "kind", "published_at");`);

    this.addSql(`create table "follow_up" ("id" uuid not null, "consultation_id" uuid not null, "division_code" varchar(12) not null, "action" varchar(500) not null, "owner" varchar(100) not null, "due_on" varchar(10) not null, "done_at" timestamptz null, constraint "follow_up_pkey" primary key ("id"));`);
    this.addSql(`create index "follow_up_consultation_id_index" on "follow_up" ("consultation_id");`);
    this.addSql(`create index "follow_up_division_code_index" on "follow_up" ("division_code");`);

    this.addSql(`create table "inbox_event" ("consumer_group" text not null, "event_id" text not null, "type" text not null, "received_at" timestamptz not null, constraint "inbox_event_pkey" primary key ("consumer_group", "event_id"));`);

    this.addSql(`create table "indicator_dirty" ("division_code" varchar(12) not null, "since" timestamptz not null, "writes" int not null default 1, constraint "indicator_dirty_pkey" primary key ("division_code"));`);

    this.addSql(`create table "listing_period" ("id" uuid not null, "division_code" varchar(12) not null, "period" varchar(6) not null, "status" "listing_period_status" not null default 'OPEN', "published_at" timestamptz null, "disclosure_id" uuid null, "created_at" timestamptz not null, constraint "listing_period_pkey" primary key ("id"));`);
    this.addSql(`create index "listing_period_division_code_index" on "listing_period" ("division_code");`);
    this.addSql(`alter table "listing_period" add constraint "listing_period_division_code_period_unique" unique ("division_code", "period");`);

    this.addSql(`create table "need" ("id" uuid not null, "division_code" varchar(12) not null, "period_id" uuid not null, "title" varchar(200) not null, "description" text not null default '', "category" varchar(50) not null default '', "source" "need_source" not null, "status" "need_status" not null default 'OPEN', "household_ids" jsonb not null, "order_ids" jsonb not null, "candidate_key" varchar(100) null, "consultation_id" uuid null, "created_at" timestamptz not null, constraint "need_pkey" primary key ("id"));`);
    this.addSql(`create index "need_division_code_index" on "need" ("division_code");`);
    this.addSql(`create index "need_period_id_index" on "need" ("period_id");`);
    this.addSql(`alter table "need" add constraint "need_period_id_candidate_key_unique" unique ("period_id", "candidate_key");`);

    this.addSql(`create table "order_signal" ("order_id" varchar(64) not null, "division_code" varchar(12) not null, "period" varchar(6) not null, "item_id" varchar(64) not null, constraint "order_signal_pkey" primary key ("order_id"));`);
    this.addSql(`create index "order_signal_division_code_period_item_id_index" on "order_signal" ("division_code", "period", "item_id");`);

    this.addSql(`create table "outbox_event" ("id" uuid not null, "seq" bigserial, "type" text not null, "source" text not null, "subject" text not null, "time" timestamptz not null, "data" jsonb not null, "created_at" timestamptz not null, "published_at" timestamptz null, "attempts" int not null default 0, "last_error" text null, constraint "outbox_event_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_event_pending_idx" on "outbox_event" ("seq") where published_at is null;`);

    this.addSql(`create table "project" ("id" uuid not null, "division_code" varchar(12) not null, "period_id" uuid not null, "title" varchar(200) not null, "need_ids" jsonb not null, "resource_ids" jsonb not null, "designed_by_id" varchar(64) not null, "targets" text not null default '', "budget_fen" int not null, "due_on" varchar(10) null, "state" "project_state" not null default 'DRAFT', "percent" int not null default 0, "decision_id" uuid null, "acceptance_result" text null, "delivered_at" timestamptz null, "created_at" timestamptz not null, constraint "project_pkey" primary key ("id"));`);
    this.addSql(`create index "project_division_code_index" on "project" ("division_code");`);
    this.addSql(`create index "project_period_id_index" on "project" ("period_id");`);

    this.addSql(`create table "project_transition" ("id" uuid not null, "project_id" uuid not null, "from" "project_state" null, "to" "project_state" not null, "role" varchar(32) not null, "note" text null, "opinion" text null, "percent" int null, "at" timestamptz not null, constraint "project_transition_pkey" primary key ("id"));`);
    this.addSql(`create index "project_transition_project_id_index" on "project_transition" ("project_id");`);

    this.addSql(`create table "resource" ("id" uuid not null, "division_code" varchar(12) not null, "period_id" uuid not null, "title" varchar(200) not null, "kind" "resource_kind" not null, "provider" varchar(200) not null, "provider_id" varchar(64) null, "amount_fen" int null, "available_from" varchar(10) null, "available_until" varchar(10) null, "created_at" timestamptz not null, constraint "resource_pkey" primary key ("id"));`);
    this.addSql(`create index "resource_division_code_index" on "resource" ("division_code");`);
    this.addSql(`create index "resource_period_id_index" on "resource" ("period_id");`);

    // Published disclosures are immutable by law (三公开): the database itself refuses to change or delete
    // one, so no code path, script or manual fix can rewrite what the village published. Corrections are new rows.
    this.addSql(`create function disclosure_immutable() returns trigger language plpgsql as $$ begin raise exception 'disclosures are immutable; publish a correction instead' using errcode = 'P0001'; end $$;`);
    this.addSql(`create trigger disclosure_immutable before update or delete on "disclosure" for each row execute function disclosure_immutable();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "consultation" cascade;`);

    this.addSql(`drop table if exists "county_setting" cascade;`);

    this.addSql(`drop table if exists "decision" cascade;`);

    this.addSql(`drop table if exists "decision_objection" cascade;`);

    this.addSql(`drop table if exists "decision_stage_record" cascade;`);

    this.addSql(`drop table if exists "disclosure" cascade;`);
    this.addSql(`drop function if exists disclosure_immutable();`);

    this.addSql(`drop table if exists "follow_up" cascade;`);

    this.addSql(`drop table if exists "inbox_event" cascade;`);

    this.addSql(`drop table if exists "indicator_dirty" cascade;`);

    this.addSql(`drop table if exists "listing_period" cascade;`);

    this.addSql(`drop table if exists "need" cascade;`);

    this.addSql(`drop table if exists "order_signal" cascade;`);

    this.addSql(`drop table if exists "outbox_event" cascade;`);

    this.addSql(`drop table if exists "project" cascade;`);

    this.addSql(`drop table if exists "project_transition" cascade;`);

    this.addSql(`drop table if exists "resource" cascade;`);

    this.addSql(`drop type "consultation_kind";`);
    this.addSql(`drop type "consultation_status";`);
    this.addSql(`drop type "decision_stage";`);
    this.addSql(`drop type "decision_status";`);
    this.addSql(`drop type "stage_outcome";`);
    this.addSql(`drop type "disclosure_kind";`);
    this.addSql(`drop type "listing_period_status";`);
    this.addSql(`drop type "need_source";`);
    this.addSql(`drop type "need_status";`);
    this.addSql(`drop type "project_state";`);
    this.addSql(`drop type "resource_kind";`);
  }

}
