import { Migration } from '@mikro-orm/migrations';

export class Migration20261130083419 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "contact_household" ("id" uuid not null, "member_id" uuid not null, "household_id" uuid not null, "village_code" varchar(12) not null, "created_at" timestamptz not null, constraint "contact_household_pkey" primary key ("id"));`);
    this.addSql(`create index "contact_household_member_id_index" on "contact_household" ("member_id");`);
    this.addSql(`alter table "contact_household" add constraint "contact_household_household_id_unique" unique ("household_id");`);
    this.addSql(`create index "contact_household_village_code_index" on "contact_household" ("village_code");`);

    this.addSql(`create table "indicator_dirty" ("division_code" varchar(12) not null, "since" timestamptz not null, "writes" int not null default 1, constraint "indicator_dirty_pkey" primary key ("division_code"));`);

    this.addSql(`create table "known_household" ("household_id" uuid not null, "division_code" varchar(15) not null, "received_at" timestamptz not null, constraint "known_household_pkey" primary key ("household_id"));`);
    this.addSql(`create index "known_household_division_code_index" on "known_household" ("division_code");`);

    this.addSql(`create table "member_development" ("id" uuid not null, "division_code" varchar(15) not null, "village_code" varchar(12) not null, "name" varchar(50) not null, "source" text check ("source" in ('MIGRANT_WORKER', 'WEALTH_LEADER', 'RESERVE_TALENT')) not null, "stage" text check ("stage" in ('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY', 'FULL')) not null, "applicant_on" date not null, "activist_on" date null, "candidate_on" date null, "probationary_on" date null, "full_on" date null, "member_id" uuid null, "created_at" timestamptz not null, constraint "member_development_pkey" primary key ("id"));`);
    this.addSql(`create index "member_development_village_code_index" on "member_development" ("village_code");`);

    this.addSql(`create table "party_member" ("id" uuid not null, "organization_id" uuid not null, "village_code" varchar(12) not null, "name" varchar(50) not null, "status" text check ("status" in ('PROBATIONARY', 'FULL')) not null, "joined_on" date null, "created_at" timestamptz not null, constraint "party_member_pkey" primary key ("id"));`);
    this.addSql(`create index "party_member_organization_id_index" on "party_member" ("organization_id");`);
    this.addSql(`create index "party_member_village_code_index" on "party_member" ("village_code");`);

    this.addSql(`create table "party_member_transfer" ("id" uuid not null, "member_id" uuid not null, "from_organization_id" uuid not null, "to_organization_id" uuid not null, "transferred_on" date not null, "recorded_by" varchar(64) not null, "created_at" timestamptz not null, constraint "party_member_transfer_pkey" primary key ("id"));`);
    this.addSql(`create index "party_member_transfer_member_id_index" on "party_member_transfer" ("member_id");`);

    this.addSql(`create table "party_organization" ("id" uuid not null, "division_code" varchar(15) not null, "village_code" varchar(12) not null, "name" varchar(100) not null, "kind" text check ("kind" in ('COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'GROUP')) not null, "parent_id" uuid null, "created_at" timestamptz not null, constraint "party_organization_pkey" primary key ("id"));`);
    this.addSql(`alter table "party_organization" add constraint "party_organization_division_code_unique" unique ("division_code");`);
    this.addSql(`create index "party_organization_village_code_index" on "party_organization" ("village_code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "contact_household" cascade;`);

    this.addSql(`drop table if exists "indicator_dirty" cascade;`);

    this.addSql(`drop table if exists "known_household" cascade;`);

    this.addSql(`drop table if exists "member_development" cascade;`);

    this.addSql(`drop table if exists "party_member" cascade;`);

    this.addSql(`drop table if exists "party_member_transfer" cascade;`);

    this.addSql(`drop table if exists "party_organization" cascade;`);
  }

}
