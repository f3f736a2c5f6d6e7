import { Migration } from '@mikro-orm/migrations';

export class Migration20261127003255 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "area" ("id" uuid not null, "division_code" varchar(15) not null, "name" varchar(100) not null, "chief_name" varchar(50) not null, "chief_phone_encrypted" text null, "created_at" timestamptz not null, constraint "area_pkey" primary key ("id"));`);
    this.addSql(`create index "area_division_code_index" on "area" ("division_code");`);

    this.addSql(`create table "division_counter" ("division_code" varchar(15) not null, "households" int not null default 0, "residents" int not null default 0, "areas" int not null default 0, constraint "division_counter_pkey" primary key ("division_code"));`);

    this.addSql(`create table "household" ("id" uuid not null, "division_code" varchar(15) not null, "area_id" uuid null, "address" varchar(200) not null, "head_name" varchar(50) not null, "registered_at" timestamptz not null, constraint "household_pkey" primary key ("id"));`);
    this.addSql(`create index "household_division_code_index" on "household" ("division_code");`);
    this.addSql(`create index "household_area_id_index" on "household" ("area_id");`);

    this.addSql(`create table "identity_reveal_audit" ("id" uuid not null, "username" varchar(100) not null, "role" varchar(30) not null, "resident_id" uuid not null, "division_code" varchar(15) not null, "reason" text not null, "revealed_at" timestamptz not null, constraint "identity_reveal_audit_pkey" primary key ("id"));`);
    this.addSql(`create index "identity_reveal_audit_resident_id_index" on "identity_reveal_audit" ("resident_id");`);
    this.addSql(`create index "identity_reveal_audit_division_code_index" on "identity_reveal_audit" ("division_code");`);

    this.addSql(`create table "inbox_event" ("consumer_group" text not null, "event_id" text not null, "type" text not null, "received_at" timestamptz not null, constraint "inbox_event_pkey" primary key ("consumer_group", "event_id"));`);

    this.addSql(`create table "known_division" ("code" varchar(15) not null, "name" varchar(100) not null, "level" varchar(20) not null, "parent_code" varchar(15) null, "updated_at" timestamptz not null, constraint "known_division_pkey" primary key ("code"));`);
    this.addSql(`create index "known_division_parent_code_index" on "known_division" ("parent_code");`);

    this.addSql(`create table "outbox_event" ("id" uuid not null, "seq" bigserial, "type" text not null, "source" text not null, "subject" text not null, "time" timestamptz not null, "data" jsonb not null, "created_at" timestamptz not null, "published_at" timestamptz null, "attempts" int not null default 0, "last_error" text null, constraint "outbox_event_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_event_pending_idx" on "outbox_event" ("seq") where published_at is null;`);

    this.addSql(`create table "resident" ("id" uuid not null, "household_id" uuid not null, "division_code" varchar(15) not null, "name" varchar(50) not null, "gender" text check ("gender" in ('MALE', 'FEMALE')) not null, "birth_date" date not null, "relation" text check ("relation" in ('HEAD', 'SPOUSE', 'CHILD', 'CHILD_IN_LAW', 'GRANDCHILD', 'PARENT', 'GRANDPARENT', 'SIBLING', 'OTHER')) not null, "id_number_encrypted" text not null, "id_number_hash" varchar(64) not null, "phone_encrypted" text null, "phone_hash" varchar(64) null, "created_at" timestamptz not null, constraint "resident_pkey" primary key ("id"));`);
    this.addSql(`create index "resident_household_id_index" on "resident" ("household_id");`);
    this.addSql(`create index "resident_division_code_index" on "resident" ("division_code");`);
    this.addSql(`alter table "resident" add constraint "resident_id_number_hash_unique" unique ("id_number_hash");`);
    this.addSql(`create index "resident_phone_hash_index" on "resident" ("phone_hash");`);

    this.addSql(`alter table "household" add constraint "household_area_id_foreign" foreign key ("area_id") references "area" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "resident" add constraint "resident_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "household" drop constraint "household_area_id_foreign";`);

    this.addSql(`alter table "resident" drop constraint "resident_household_id_foreign";`);

    this.addSql(`drop table if exists "area" cascade;`);

    this.addSql(`drop table if exists "division_counter" cascade;`);

    this.addSql(`drop table if exists "household" cascade;`);

    this.addSql(`drop table if exists "identity_reveal_audit" cascade;`);

    this.addSql(`drop table if exists "inbox_event" cascade;`);

    this.addSql(`drop table if exists "known_division" cascade;`);

    this.addSql(`drop table if exists "outbox_event" cascade;`);

    this.addSql(`drop table if exists "resident" cascade;`);
  }

}
