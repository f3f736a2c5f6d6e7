import { Migration } from '@mikro-orm/migrations';

export class Migration20261130091552 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "known_venue" ("id" uuid not null, "division_code" varchar(15) not null, "name" varchar(200) not null, "updated_at" timestamptz not null, constraint "known_venue_pkey" primary key ("id"));`);
    this.addSql(`create index "known_venue_division_code_index" on "known_venue" ("division_code");`);

    this.addSql(`create table "reception_day" ("id" uuid not null, "division_code" varchar(12) not null, "venue_id" uuid not null, "weekday" smallint not null, "period" text check ("period" in ('MORNING', 'AFTERNOON')) not null, "cadres" text not null, "starts_on" date not null, "ends_on" date null, "created_by" varchar(100) not null, "created_at" timestamptz not null, constraint "reception_day_pkey" primary key ("id"));`);
    this.addSql(`create index "reception_day_division_code_index" on "reception_day" ("division_code");`);

    this.addSql(`create table "reception_visit" ("id" uuid not null, "reception_day_id" uuid not null, "division_code" varchar(15) not null, "visited_on" date not null, "household_id" uuid null, "visitor_name" varchar(50) not null, "summary" text not null, "order_id" uuid null, "recorded_by" varchar(100) not null, "created_at" timestamptz not null, constraint "reception_visit_pkey" primary key ("id"));`);
    this.addSql(`create index "reception_visit_division_code_index" on "reception_visit" ("division_code");`);
    this.addSql(`create index "reception_visit_reception_day_id_visited_on_index" on "reception_visit" ("reception_day_id", "visited_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "known_venue" cascade;`);

    this.addSql(`drop table if exists "reception_day" cascade;`);

    this.addSql(`drop table if exists "reception_visit" cascade;`);
  }

}
