import { Migration } from '@mikro-orm/migrations';

export class Migration20261130112600 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "grid_indicator_mark" ("id" bigserial primary key, "division_code" varchar(12) not null, "marked_at" timestamptz not null default now());`);

    this.addSql(`drop index "service_order_household_id_item_id_index";`);

    this.addSql(`create index "service_order_household_id_item_id_placed_at_index" on "service_order" ("household_id", "item_id", "placed_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "grid_indicator_mark" cascade;`);

    this.addSql(`drop index "service_order_household_id_item_id_placed_at_index";`);

    this.addSql(`create index "service_order_household_id_item_id_index" on "service_order" ("household_id", "item_id");`);
  }

}
