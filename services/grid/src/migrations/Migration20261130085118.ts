import { Migration } from '@mikro-orm/migrations';

export class Migration20261130085118 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "area_chief_term" ("id" uuid not null, "area_id" uuid not null, "chief_name" varchar(50) not null, "chief_username" varchar(100) null, "started_at" timestamptz not null, "ended_at" timestamptz null, "recorded_by" varchar(100) not null, constraint "area_chief_term_pkey" primary key ("id"));`);
    this.addSql(`create index "area_chief_term_area_id_started_at_index" on "area_chief_term" ("area_id", "started_at");`);

    this.addSql(`create table "area_record" ("id" uuid not null, "area_id" uuid not null, "division_code" varchar(15) not null, "kind" text check ("kind" in ('PERSON', 'LAND', 'EVENT', 'PROPERTY', 'SENTIMENT')) not null, "recorded_on" date not null, "text" text not null, "household_ids" jsonb not null, "follow_up_on" date null, "recorded_by" varchar(100) not null, "created_at" timestamptz not null, constraint "area_record_pkey" primary key ("id"));`);
    this.addSql(`create index "area_record_division_code_index" on "area_record" ("division_code");`);
    this.addSql(`create index "area_record_area_id_recorded_on_index" on "area_record" ("area_id", "recorded_on");`);
    // Every area already registered starts its history with the chief it has.
    this.addSql(`insert into "area_chief_term" ("id", "area_id", "chief_name", "chief_username", "started_at", "recorded_by") select gen_random_uuid(), "id", "chief_name", "chief_username", "created_at", 'migration' from "area";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "area_chief_term" cascade;`);

    this.addSql(`drop table if exists "area_record" cascade;`);
  }

}
