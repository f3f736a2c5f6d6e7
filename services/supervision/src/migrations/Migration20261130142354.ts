import { Migration } from '@mikro-orm/migrations';

export class Migration20261130142354 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "open_wish" ("wish_id" uuid not null, "division_code" varchar(12) not null, "state" varchar(20) not null, "open_since" timestamptz not null, "last_at" timestamptz not null, constraint "open_wish_pkey" primary key ("wish_id"));`);
    this.addSql(`create index "open_wish_state_open_since_index" on "open_wish" ("state", "open_since");`);

    this.addSql(`create table "supervision_period" ("supervision_id" uuid not null, "division_code" varchar(12) not null, "from_on" date not null, "to_on" date not null, "ended_on" date null, "last_at" timestamptz not null, constraint "supervision_period_pkey" primary key ("supervision_id"));`);
    this.addSql(`create index "supervision_period_to_on_index" on "supervision_period" ("to_on");`);

    this.addSql(`alter table "alert" add column "cleared_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "open_wish" cascade;`);

    this.addSql(`drop table if exists "supervision_period" cascade;`);

    this.addSql(`alter table "alert" drop column "cleared_at";`);
  }

}
