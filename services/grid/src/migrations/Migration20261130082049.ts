import { Migration } from '@mikro-orm/migrations';

export class Migration20261130082049 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "division_counter" add column "households_in_area" int not null default 0;`);
    // Households already assigned to an area, counted once so area-chief coverage starts right.
    this.addSql(`insert into "division_counter" ("division_code", "households_in_area") select "division_code", count(*)::int from "household" where "area_id" is not null group by "division_code" on conflict ("division_code") do update set "households_in_area" = excluded."households_in_area";`);

    this.addSql(`create table "indicator_dirty" ("division_code" varchar(12) not null, "since" timestamptz not null, "writes" int not null default 1, constraint "indicator_dirty_pkey" primary key ("division_code"));`);
    // Every village with grid data publishes its indicators once, including the new coverage.
    this.addSql(`insert into "indicator_dirty" ("division_code", "since") select distinct left("division_code", 12), now() from "division_counter" on conflict do nothing;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "indicator_dirty" cascade;`);

    this.addSql(`alter table "division_counter" drop column "households_in_area";`);
  }

}
