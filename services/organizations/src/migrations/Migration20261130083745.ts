import { Migration } from '@mikro-orm/migrations';

export class Migration20261130083745 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "charter" ("id" uuid not null, "village_code" varchar(12) not null, "kind" text check ("kind" in ('SELF_GOVERNANCE_CHARTER', 'VILLAGE_RULES')) not null, "version" int not null, "text" text not null, "adopted_by" varchar(100) not null, "adopted_on" date not null, "recorded_by" varchar(64) not null, "created_at" timestamptz not null, constraint "charter_pkey" primary key ("id"));`);
    this.addSql(`alter table "charter" add constraint "charter_village_code_kind_version_unique" unique ("village_code", "kind", "version");`);

    this.addSql(`create table "community_organization" ("id" uuid not null, "village_code" varchar(12) not null, "name" varchar(100) not null, "kind" text check ("kind" in ('SELF_GOVERNANCE', 'MASS', 'SOCIAL')) not null, "status" text check ("status" in ('OPERATING', 'SUSPENDED', 'DISSOLVED')) not null default 'OPERATING', "description" text not null default '', "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "community_organization_pkey" primary key ("id"));`);
    this.addSql(`create index "community_organization_village_code_index" on "community_organization" ("village_code");`);

    this.addSql(`create table "community_organization_meeting" ("id" uuid not null, "organization_id" uuid not null, "village_code" varchar(12) not null, "held_on" date not null, "venue_id" uuid null, "topic" varchar(200) not null, "attendance" int not null, "created_at" timestamptz not null, constraint "community_organization_meeting_pkey" primary key ("id"));`);
    this.addSql(`create index "community_organization_meeting_organization_id_index" on "community_organization_meeting" ("organization_id");`);

    this.addSql(`create table "community_organization_member" ("id" uuid not null, "organization_id" uuid not null, "village_code" varchar(12) not null, "name" varchar(50) not null, "role" varchar(50) not null default '', "joined_on" date not null, "created_at" timestamptz not null, constraint "community_organization_member_pkey" primary key ("id"));`);
    this.addSql(`create index "community_organization_member_organization_id_index" on "community_organization_member" ("organization_id");`);

    this.addSql(`create table "fund_transaction" ("id" uuid not null, "village_code" varchar(12) not null, "kind" text check ("kind" in ('CONTRIBUTION', 'GRANT', 'REVERSAL')) not null, "amount_fen" int not null, "delta_fen" int not null, "source" text check ("source" in ('TOWNSHIP_VILLAGE', 'LOCAL_WORTHY', 'OTHER')) null, "donor" varchar(100) null, "organization_id" uuid null, "purpose" varchar(200) null, "reverses_id" uuid null, "reason" varchar(200) null, "recorded_by" varchar(64) not null, "created_at" timestamptz not null, constraint "fund_transaction_pkey" primary key ("id"));`);
    this.addSql(`create index "fund_transaction_village_code_index" on "fund_transaction" ("village_code");`);
    this.addSql(`alter table "fund_transaction" add constraint "fund_transaction_reverses_id_unique" unique ("reverses_id");`);
    // The ledger is append-only: a mistake is corrected by a reversing entry, never by changing or deleting a row.
    this.addSql(`create function fund_transaction_append_only() returns trigger language plpgsql as $$ begin raise exception 'fund_transaction is append-only (%)', tg_op using errcode = 'P0001'; end $$;`);
    this.addSql(`create trigger fund_transaction_append_only before update or delete on "fund_transaction" for each row execute function fund_transaction_append_only();`);

    this.addSql(`create table "incubation_fund" ("village_code" varchar(12) not null, "balance_fen" int not null default 0, constraint "incubation_fund_pkey" primary key ("village_code"), constraint incubation_fund_balance_not_negative check (balance_fen >= 0));`);

    this.addSql(`create table "venue" ("id" uuid not null, "division_code" varchar(15) not null, "village_code" varchar(12) not null, "main_of" varchar(12) null, "kind" text check ("kind" in ('MAIN', 'GROUP')) not null, "name" varchar(100) not null, "address" varchar(200) not null, "functions" text[] not null, "capacity" int not null, "opening_hours" varchar(200) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "venue_pkey" primary key ("id"));`);
    this.addSql(`create index "venue_village_code_index" on "venue" ("village_code");`);
    this.addSql(`alter table "venue" add constraint "venue_main_of_unique" unique ("main_of");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "charter" cascade;`);

    this.addSql(`drop table if exists "community_organization" cascade;`);

    this.addSql(`drop table if exists "community_organization_meeting" cascade;`);

    this.addSql(`drop table if exists "community_organization_member" cascade;`);

    this.addSql(`drop table if exists "fund_transaction" cascade;`);
    this.addSql(`drop function if exists fund_transaction_append_only();`);

    this.addSql(`drop table if exists "incubation_fund" cascade;`);

    this.addSql(`drop table if exists "venue" cascade;`);
  }

}
