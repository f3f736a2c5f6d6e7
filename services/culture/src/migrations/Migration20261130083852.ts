import { Migration } from '@mikro-orm/migrations';

export class Migration20261130083852 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "activity" ("id" uuid not null, "division_code" varchar(12) not null, "kind" varchar(20) not null, "title" varchar(100) not null, "starts_at" timestamptz not null, "venue_id" varchar(64) null, "capacity" int not null, "organizer_id" varchar(64) null, "audience_group_codes" jsonb not null, "birthday_month" smallint null, "signed_up" int not null default 0, "waitlisted" int not null default 0, "next_seq" int not null default 1, "summary" text null, "photos" jsonb not null, "attendance_recorded_at" timestamptz null, "created_at" timestamptz not null, constraint "activity_pkey" primary key ("id"));`);
    this.addSql(`create index "activity_division_code_starts_at_index" on "activity" ("division_code", "starts_at");`);

    this.addSql(`create table "activity_sign_up" ("id" uuid not null, "activity_id" uuid not null, "division_code" varchar(12) not null, "resident_id" varchar(64) not null, "channel" varchar(20) not null, "status" varchar(20) not null, "seq" int not null, "signed_up_by" varchar(100) not null, "signed_up_at" timestamptz not null, "cancelled_at" timestamptz null, "attendance" varchar(10) null, constraint "activity_sign_up_pkey" primary key ("id"));`);
    this.addSql(`create index "activity_sign_up_division_code_index" on "activity_sign_up" ("division_code");`);
    this.addSql(`alter table "activity_sign_up" add constraint "activity_sign_up_activity_id_resident_id_unique" unique ("activity_id", "resident_id");`);

    this.addSql(`create table "birthday_day" ("division_code" varchar(12) not null, "day_of_month" smallint not null, constraint "birthday_day_pkey" primary key ("division_code"));`);

    this.addSql(`create table "birthday_resident" ("resident_id" varchar(64) not null, "village_code" varchar(12) not null, "group_code" varchar(15) null, "name" varchar(50) not null, "birth_month" smallint not null, constraint "birthday_resident_pkey" primary key ("resident_id"));`);
    this.addSql(`create index "birthday_resident_village_code_birth_month_index" on "birthday_resident" ("village_code", "birth_month");`);

    this.addSql(`create table "exhibition" ("id" uuid not null, "division_code" varchar(12) not null, "theme" varchar(100) not null, "starts_on" date not null, "ends_on" date not null, "item_ids" jsonb not null, constraint "exhibition_pkey" primary key ("id"));`);
    this.addSql(`create index "exhibition_division_code_index" on "exhibition" ("division_code");`);

    this.addSql(`create table "heritage_item" ("id" uuid not null, "division_code" varchar(12) not null, "kind" varchar(20) not null, "title" varchar(100) not null, "description" text not null, "era" varchar(50) null, "donor_household_id" varchar(64) null, "donor_name" varchar(50) null, "provenance" text null, "received_on" date not null, "condition" varchar(10) not null default 'GOOD', "location" varchar(20) not null default 'IN_STORAGE', "media_urls" jsonb not null, "returned_at" timestamptz null, "return_note" text null, "created_at" timestamptz not null, constraint "heritage_item_pkey" primary key ("id"));`);
    this.addSql(`create index "heritage_item_division_code_index" on "heritage_item" ("division_code");`);

    this.addSql(`create table "inbox_event" ("consumer_group" text not null, "event_id" text not null, "type" text not null, "received_at" timestamptz not null, constraint "inbox_event_pkey" primary key ("consumer_group", "event_id"));`);

    this.addSql(`create table "indicator_dirty" ("division_code" varchar(12) not null, "since" timestamptz not null, "writes" int not null default 1, constraint "indicator_dirty_pkey" primary key ("division_code"));`);

    this.addSql(`create table "known_household" ("household_id" varchar(64) not null, "division_code" varchar(15) not null, "active" boolean not null default true, constraint "known_household_pkey" primary key ("household_id"));`);

    this.addSql(`create table "nomination" ("id" uuid not null, "campaign_id" uuid not null, "nominee_resident_id" varchar(64) not null, "nominee_name" varchar(50) not null, "nominator_kind" varchar(20) not null, "nominated_by" varchar(64) not null, "reason" text not null, "struck_reason" text null, "rank" smallint null, "created_at" timestamptz not null, constraint "nomination_pkey" primary key ("id"));`);
    this.addSql(`create index "nomination_campaign_id_index" on "nomination" ("campaign_id");`);
    this.addSql(`alter table "nomination" add constraint "nomination_campaign_id_nominee_resident_id_unique" unique ("campaign_id", "nominee_resident_id");`);

    this.addSql(`create table "outbox_event" ("id" uuid not null, "seq" bigserial, "type" text not null, "source" text not null, "subject" text not null, "time" timestamptz not null, "data" jsonb not null, "created_at" timestamptz not null, "published_at" timestamptz null, "attempts" int not null default 0, "last_error" text null, constraint "outbox_event_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_event_pending_idx" on "outbox_event" ("seq") where published_at is null;`);

    this.addSql(`create table "star_campaign" ("id" uuid not null, "division_code" varchar(12) not null, "quarter" varchar(6) not null, "kind" varchar(30) not null, "state" varchar(20) not null default 'NOMINATING', "winner_count" smallint not null, "voting_closes_at" timestamptz null, "due_at" timestamptz not null, "published_at" timestamptz null, "created_at" timestamptz not null, constraint "star_campaign_pkey" primary key ("id"));`);
    this.addSql(`alter table "star_campaign" add constraint "star_campaign_division_code_quarter_kind_unique" unique ("division_code", "quarter", "kind");`);

    this.addSql(`create table "star_campaign_transition" ("id" uuid not null, "campaign_id" uuid not null, "from" varchar(20) null, "to" varchar(20) not null, "by" varchar(100) not null, "at" timestamptz not null, constraint "star_campaign_transition_pkey" primary key ("id"));`);
    this.addSql(`create index "star_campaign_transition_campaign_id_at_index" on "star_campaign_transition" ("campaign_id", "at");`);

    this.addSql(`create table "star_vote" ("id" uuid not null, "campaign_id" uuid not null, "nomination_id" uuid not null, "voter_username" varchar(100) not null, "cast_at" timestamptz not null, constraint "star_vote_pkey" primary key ("id"));`);
    this.addSql(`create index "star_vote_nomination_id_index" on "star_vote" ("nomination_id");`);
    this.addSql(`alter table "star_vote" add constraint "star_vote_campaign_id_voter_username_unique" unique ("campaign_id", "voter_username");`);

    this.addSql(`create table "villager_representative" ("id" uuid not null, "division_code" varchar(12) not null, "username" varchar(100) not null, "name" varchar(50) not null, "added_at" timestamptz not null, constraint "villager_representative_pkey" primary key ("id"));`);
    this.addSql(`alter table "villager_representative" add constraint "villager_representative_division_code_username_unique" unique ("division_code", "username");`);

    this.addSql(`create table "volunteer_hours" ("activity_id" uuid not null, "resident_id" varchar(64) not null, "division_code" varchar(12) not null, "minutes" int not null, constraint "volunteer_hours_pkey" primary key ("activity_id", "resident_id"));`);
    this.addSql(`create index "volunteer_hours_division_code_index" on "volunteer_hours" ("division_code");`);

    this.addSql(`create table "wish" ("id" uuid not null, "division_code" varchar(15) not null, "household_id" varchar(64) not null, "made_by" varchar(100) not null, "wisher_name" varchar(50) not null, "beneficiary" varchar(10) not null, "kind" varchar(20) not null, "text" text not null, "state" varchar(20) not null default 'MADE', "made_at" timestamptz not null, "claimed_by" varchar(100) null, "claimant_name" varchar(100) null, "claimed_at" timestamptz null, "fulfilled_at" timestamptz null, "fulfilment_note" text null, "fulfilment_photo_url" varchar(500) null, "lapsed_claims" smallint not null default 0, constraint "wish_pkey" primary key ("id"));`);
    this.addSql(`create index "wish_division_code_state_index" on "wish" ("division_code", "state");`);

    this.addSql(`create table "wish_transition" ("id" uuid not null, "wish_id" uuid not null, "from" varchar(20) null, "to" varchar(20) not null, "by" varchar(100) not null, "at" timestamptz not null, constraint "wish_transition_pkey" primary key ("id"));`);
    this.addSql(`create index "wish_transition_wish_id_at_index" on "wish_transition" ("wish_id", "at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "activity" cascade;`);

    this.addSql(`drop table if exists "activity_sign_up" cascade;`);

    this.addSql(`drop table if exists "birthday_day" cascade;`);

    this.addSql(`drop table if exists "birthday_resident" cascade;`);

    this.addSql(`drop table if exists "exhibition" cascade;`);

    this.addSql(`drop table if exists "heritage_item" cascade;`);

    this.addSql(`drop table if exists "inbox_event" cascade;`);

    this.addSql(`drop table if exists "indicator_dirty" cascade;`);

    this.addSql(`drop table if exists "known_household" cascade;`);

    this.addSql(`drop table if exists "nomination" cascade;`);

    this.addSql(`drop table if exists "outbox_event" cascade;`);

    this.addSql(`drop table if exists "star_campaign" cascade;`);

    this.addSql(`drop table if exists "star_campaign_transition" cascade;`);

    this.addSql(`drop table if exists "star_vote" cascade;`);

    this.addSql(`drop table if exists "villager_representative" cascade;`);

    this.addSql(`drop table if exists "volunteer_hours" cascade;`);

    this.addSql(`drop table if exists "wish" cascade;`);

    this.addSql(`drop table if exists "wish_transition" cascade;`);
  }

}
