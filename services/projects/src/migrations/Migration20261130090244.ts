import { Migration } from '@mikro-orm/migrations';

export class Migration20261130090244 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "known_party" ("id" varchar(64) not null, "type" varchar(16) not null, "village_code" varchar(12) not null, "name" varchar(200) not null, "kind" varchar(32) not null, constraint "known_party_pkey" primary key ("id"));`);
    this.addSql(`create index "known_party_village_code_type_index" on "known_party" ("village_code", "type");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "known_party" cascade;`);
  }

}
