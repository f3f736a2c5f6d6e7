import { Migration } from '@mikro-orm/migrations';

export class Migration20261130083537 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "grid_audit_entry" ("id" uuid not null, "username" varchar(100) not null, "role" varchar(30) not null, "division_code" varchar(15) not null, "entity" varchar(30) not null, "entity_id" uuid not null, "action" varchar(50) not null, "changes" jsonb not null, "at" timestamptz not null, constraint "grid_audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "grid_audit_entry_division_code_index" on "grid_audit_entry" ("division_code");`);
    this.addSql(`create index "grid_audit_entry_entity_id_index" on "grid_audit_entry" ("entity_id");`);

    this.addSql(`create table "service_category" ("id" uuid not null, "county_code" varchar(6) not null, "name" varchar(100) not null, "sort_order" int not null, constraint "service_category_pkey" primary key ("id"));`);
    this.addSql(`create index "service_category_county_code_sort_order_index" on "service_category" ("county_code", "sort_order");`);

    this.addSql(`create table "service_item" ("id" uuid not null, "category_id" uuid not null, "county_code" varchar(6) not null, "name" varchar(100) not null, "time_limit" text check ("time_limit" in ('URGENT', 'FAST', 'NORMAL', 'COMPLEX')) not null, "responsible_level" text check ("responsible_level" in ('VILLAGE', 'TOWNSHIP', 'DEPARTMENT')) not null, "department" varchar(100) null, "version" int not null default 1, "sort_order" int not null, constraint "service_item_pkey" primary key ("id"));`);
    this.addSql(`create index "service_item_category_id_index" on "service_item" ("category_id");`);

    this.addSql(`create table "service_order" ("id" uuid not null, "division_code" varchar(15) not null, "household_id" uuid not null, "item_id" uuid not null, "category_id" uuid not null, "item_version" int not null, "item_name" varchar(100) not null, "time_limit" text check ("time_limit" in ('URGENT', 'FAST', 'NORMAL', 'COMPLEX')) not null, "responsible_level" text check ("responsible_level" in ('VILLAGE', 'TOWNSHIP', 'DEPARTMENT')) not null, "description" text not null, "channel" text check ("channel" in ('VISIT', 'PHONE', 'RECEPTION_DAY', 'AREA_CHIEF', 'APP')) not null, "placed_by" varchar(100) not null, "state" text check ("state" in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'COORDINATING', 'RESOLVED', 'RATED', 'REJECTED', 'DUPLICATE', 'NOT_RESPONSIBLE', 'CANCELLED', 'REOPENED')) not null default 'SUBMITTED', "placed_at" timestamptz not null, "due_at" timestamptz not null, "duplicate_of_id" uuid null, "duplicate_candidate_id" uuid null, "department" varchar(100) null, "department_answered_at" timestamptz null, "resolved_at" timestamptz null, "stars" smallint null, "rating_comment" text null, "rated_at" timestamptz null, "overdue_at" timestamptz null, "escalation_level" text check ("escalation_level" in ('VILLAGE', 'TOWNSHIP', 'COUNTY')) not null default 'VILLAGE', "escalated_at" timestamptz null, "contact_phone_encrypted" text null, constraint "service_order_pkey" primary key ("id"));`);
    this.addSql(`create index "service_order_household_id_item_id_index" on "service_order" ("household_id", "item_id");`);
    this.addSql(`create index "service_order_state_due_at_index" on "service_order" ("state", "due_at");`);
    this.addSql(`create index "service_order_division_code_placed_at_index" on "service_order" ("division_code", "placed_at");`);

    this.addSql(`create table "service_order_transition" ("id" uuid not null, "order_id" uuid not null, "from" text check ("from" in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'COORDINATING', 'RESOLVED', 'RATED', 'REJECTED', 'DUPLICATE', 'NOT_RESPONSIBLE', 'CANCELLED', 'REOPENED')) null, "to" text check ("to" in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'COORDINATING', 'RESOLVED', 'RATED', 'REJECTED', 'DUPLICATE', 'NOT_RESPONSIBLE', 'CANCELLED', 'REOPENED')) not null, "at" timestamptz not null, "by" varchar(100) not null, "note" text null, constraint "service_order_transition_pkey" primary key ("id"));`);
    this.addSql(`create index "service_order_transition_order_id_at_index" on "service_order_transition" ("order_id", "at");`);

    this.addSql(`alter table "service_item" add constraint "service_item_category_id_foreign" foreign key ("category_id") references "service_category" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "area" add column "chief_username" varchar(100) null;`);
    this.addSql(`create index "area_chief_username_index" on "area" ("chief_username");`);

    this.addSql(`alter table "household" add column "dissolved_on" date null;`);

    this.addSql(`alter table "resident" add column "ended_on" date null, add column "end_reason" text check ("end_reason" in ('MOVED_OUT', 'DECEASED')) null, add column "end_note" text null, add column "villager_username" varchar(100) null;`);
    this.addSql(`alter table "resident" add constraint "resident_villager_username_unique" unique ("villager_username");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "service_item" drop constraint "service_item_category_id_foreign";`);

    this.addSql(`drop table if exists "grid_audit_entry" cascade;`);

    this.addSql(`drop table if exists "service_category" cascade;`);

    this.addSql(`drop table if exists "service_item" cascade;`);

    this.addSql(`drop table if exists "service_order" cascade;`);

    this.addSql(`drop table if exists "service_order_transition" cascade;`);

    this.addSql(`drop index "area_chief_username_index";`);
    this.addSql(`alter table "area" drop column "chief_username";`);

    this.addSql(`alter table "household" drop column "dissolved_on";`);

    this.addSql(`alter table "resident" drop constraint "resident_villager_username_unique";`);
    this.addSql(`alter table "resident" drop column "ended_on", drop column "end_reason", drop column "end_note", drop column "villager_username";`);
  }

}
