import { Migration } from '@mikro-orm/migrations';

export class Migration20261130084804 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "assessment" ("id" uuid not null, "village_code" varchar(12) not null, "kind" text check ("kind" in ('POLITICAL_CHECKUP', 'PERFORMANCE')) not null, "period" varchar(20) not null, "opened_by" varchar(64) not null, "created_at" timestamptz not null, constraint "assessment_pkey" primary key ("id"));`);
    this.addSql(`create index "assessment_village_code_index" on "assessment" ("village_code");`);

    this.addSql(`create table "assessment_step" ("id" uuid not null, "assessment_id" uuid not null, "step" text check ("step" in ('REPORT', 'CHECK', 'TALK', 'EVALUATE', 'RECTIFY')) not null, "score" int not null, "findings" text not null, "recorded_on" date not null, "created_at" timestamptz not null, constraint "assessment_step_pkey" primary key ("id"));`);
    this.addSql(`create index "assessment_step_assessment_id_index" on "assessment_step" ("assessment_id");`);
    this.addSql(`alter table "assessment_step" add constraint "assessment_step_assessment_id_step_unique" unique ("assessment_id", "step");`);

    this.addSql(`create table "cadre" ("id" uuid not null, "village_code" varchar(12) not null, "name" varchar(50) not null, "post" text check ("post" in ('SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_CHAIR', 'COMMITTEE_MEMBER', 'SUPERVISION_CHAIR')) not null, "term_start" date not null, "term_end" date null, "holds_both_posts" boolean not null default false, "created_at" timestamptz not null, constraint "cadre_pkey" primary key ("id"));`);
    this.addSql(`create index "cadre_village_code_index" on "cadre" ("village_code");`);

    this.addSql(`create table "duty_list" ("id" uuid not null, "village_code" varchar(12) not null, "kind" text check ("kind" in ('POWER', 'RESPONSIBILITY', 'NEGATIVE')) not null, "version" int not null, "items" jsonb not null, "published_on" date not null, "published_by" varchar(64) not null, "created_at" timestamptz not null, constraint "duty_list_pkey" primary key ("id"));`);
    this.addSql(`alter table "duty_list" add constraint "duty_list_village_code_kind_version_unique" unique ("village_code", "kind", "version");`);

    this.addSql(`create table "elevated_supervision" ("id" uuid not null, "village_code" varchar(12) not null, "reason" varchar(500) not null, "from_on" date not null, "to_on" date not null, "flagged_by" varchar(64) not null, "ended_on" date null, "end_reason" varchar(500) null, "ended_by" varchar(64) null, "created_at" timestamptz not null, constraint "elevated_supervision_pkey" primary key ("id"));`);
    this.addSql(`create index "elevated_supervision_village_code_index" on "elevated_supervision" ("village_code");`);

    this.addSql(`create table "liaison_point" ("id" uuid not null, "village_code" varchar(12) not null, "party_organization_id" uuid not null, "leader_name" varchar(50) not null, "leader_title" varchar(100) not null, "leader_level" text check ("leader_level" in ('COUNTY', 'TOWNSHIP')) not null, "start_on" date not null, "end_on" date null, "created_at" timestamptz not null, constraint "liaison_point_pkey" primary key ("id"));`);
    this.addSql(`create index "liaison_point_village_code_index" on "liaison_point" ("village_code");`);

    this.addSql(`create table "mentorship" ("id" uuid not null, "village_code" varchar(12) not null, "mentor_name" varchar(50) not null, "mentor_background" varchar(100) not null, "mentee_cadre_id" uuid not null, "start_on" date not null, "end_on" date null, "created_at" timestamptz not null, constraint "mentorship_pkey" primary key ("id"));`);
    this.addSql(`create index "mentorship_village_code_index" on "mentorship" ("village_code");`);

    this.addSql(`create table "rectification_item" ("id" uuid not null, "assessment_id" uuid not null, "village_code" varchar(12) not null, "description" varchar(500) not null, "owner" varchar(50) not null, "due_on" date not null, "completed_on" date null, "created_at" timestamptz not null, constraint "rectification_item_pkey" primary key ("id"));`);
    this.addSql(`create index "rectification_item_assessment_id_index" on "rectification_item" ("assessment_id");`);
    this.addSql(`create index "rectification_item_village_code_index" on "rectification_item" ("village_code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "assessment" cascade;`);

    this.addSql(`drop table if exists "assessment_step" cascade;`);

    this.addSql(`drop table if exists "cadre" cascade;`);

    this.addSql(`drop table if exists "duty_list" cascade;`);

    this.addSql(`drop table if exists "elevated_supervision" cascade;`);

    this.addSql(`drop table if exists "liaison_point" cascade;`);

    this.addSql(`drop table if exists "mentorship" cascade;`);

    this.addSql(`drop table if exists "rectification_item" cascade;`);
  }

}
