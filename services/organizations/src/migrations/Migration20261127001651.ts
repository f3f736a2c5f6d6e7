import { Migration } from '@mikro-orm/migrations';

export class Migration20261127001651 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "account" ("id" uuid not null, "username" varchar(64) not null, "password_hash" varchar(255) not null, "role" text check ("role" in ('COUNTY_ADMIN', 'TOWNSHIP_OFFICER', 'VILLAGE_CADRE', 'AREA_CHIEF', 'VILLAGER')) not null, "scope_code" varchar(15) not null, "display_name" varchar(100) not null, "failed_login_count" int not null default 0, "locked_until" timestamptz null, "last_login_at" timestamptz null, "created_at" timestamptz not null, constraint "account_pkey" primary key ("id"));`);
    this.addSql(`alter table "account" add constraint "account_username_unique" unique ("username");`);

    this.addSql(`create table "division" ("code" varchar(15) not null, "name" varchar(100) not null, "short_name" varchar(100) not null, "level" text check ("level" in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE', 'GROUP')) not null, "parent_code" varchar(15) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "division_pkey" primary key ("code"));`);
    this.addSql(`create index "division_parent_code_index" on "division" ("parent_code");`);

    this.addSql(`create table "inbox_event" ("consumer_group" text not null, "event_id" text not null, "type" text not null, "received_at" timestamptz not null, constraint "inbox_event_pkey" primary key ("consumer_group", "event_id"));`);

    this.addSql(`create table "outbox_event" ("id" uuid not null, "seq" bigserial, "type" text not null, "source" text not null, "subject" text not null, "time" timestamptz not null, "data" jsonb not null, "created_at" timestamptz not null, "published_at" timestamptz null, "attempts" int not null default 0, "last_error" text null, constraint "outbox_event_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_event_pending_idx" on "outbox_event" ("seq") where published_at is null;`);
  }

}
