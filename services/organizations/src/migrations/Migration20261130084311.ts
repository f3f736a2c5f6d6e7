import { Migration } from '@mikro-orm/migrations';

export class Migration20261130084311 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "known_resident" ("resident_id" uuid not null, "household_id" uuid not null, "division_code" varchar(15) not null, "received_at" timestamptz not null, constraint "known_resident_pkey" primary key ("resident_id"));`);
    this.addSql(`create index "known_resident_division_code_index" on "known_resident" ("division_code");`);

    this.addSql(`alter table "account" add column "disabled_at" timestamptz null, add column "tokens_revoked_at" timestamptz null, add column "resident_id" uuid null;`);
    this.addSql(`alter table "account" add constraint "account_resident_id_unique" unique ("resident_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "known_resident" cascade;`);

    this.addSql(`alter table "account" drop constraint "account_resident_id_unique";`);
    this.addSql(`alter table "account" drop column "disabled_at", drop column "tokens_revoked_at", drop column "resident_id";`);
  }

}
