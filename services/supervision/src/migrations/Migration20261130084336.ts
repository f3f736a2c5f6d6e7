import { Migration } from '@mikro-orm/migrations';

export class Migration20261130084336 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "alert" ("id" uuid not null, "kind" varchar(40) not null, "cause" varchar(200) not null, "division_code" varchar(12) not null, "since" timestamptz not null, "events" int not null default 1, "detail" text not null, "acknowledged_by" varchar(100) null, "acknowledged_at" timestamptz null, "note" text null, constraint "alert_pkey" primary key ("id"));`);
    this.addSql(`create index "alert_division_code_since_index" on "alert" ("division_code", "since");`);
    this.addSql(`alter table "alert" add constraint "alert_kind_cause_unique" unique ("kind", "cause");`);

    this.addSql(`create table "inbox_event" ("consumer_group" text not null, "event_id" text not null, "type" text not null, "received_at" timestamptz not null, constraint "inbox_event_pkey" primary key ("consumer_group", "event_id"));`);

    this.addSql(`create table "indicator_current" ("indicator_id" varchar(80) not null, "division_code" varchar(12) not null, "period" varchar(10) not null, "value" double precision null, "numerator" bigint null, "denominator" bigint null, "sample" int not null, "as_of" timestamptz not null, constraint "indicator_current_pkey" primary key ("indicator_id", "division_code"));`);

    this.addSql(`create table "indicator_snapshot" ("indicator_id" varchar(80) not null, "division_code" varchar(12) not null, "day" date not null, "value" double precision null, "numerator" bigint null, "denominator" bigint null, "sample" int not null, "as_of" timestamptz not null, constraint "indicator_snapshot_pkey" primary key ("indicator_id", "division_code", "day"));`);

    this.addSql(`create table "known_division" ("code" varchar(15) not null, "level" varchar(20) not null, "parent_code" varchar(15) null, constraint "known_division_pkey" primary key ("code"));`);
    this.addSql(`create index "known_division_level_code_index" on "known_division" ("level", "code");`);

    this.addSql(`create table "outbox_event" ("id" uuid not null, "seq" bigserial, "type" text not null, "source" text not null, "subject" text not null, "time" timestamptz not null, "data" jsonb not null, "created_at" timestamptz not null, "published_at" timestamptz null, "attempts" int not null default 0, "last_error" text null, constraint "outbox_event_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_event_pending_idx" on "outbox_event" ("seq") where published_at is null;`);

    this.addSql(`create table "village_activity" ("division_code" varchar(12) not null, "first_event_at" timestamptz not null, "last_event_at" timestamptz not null, "last_secretary_meeting_at" timestamptz null, constraint "village_activity_pkey" primary key ("division_code"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "alert" cascade;`);

    this.addSql(`drop table if exists "inbox_event" cascade;`);

    this.addSql(`drop table if exists "indicator_current" cascade;`);

    this.addSql(`drop table if exists "indicator_snapshot" cascade;`);

    this.addSql(`drop table if exists "known_division" cascade;`);

    this.addSql(`drop table if exists "outbox_event" cascade;`);

    this.addSql(`drop table if exists "village_activity" cascade;`);
  }

}
