import { Migration } from '@mikro-orm/migrations';

export class Migration20261130141314 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "indicator_current_rank_asc" on "indicator_current" ("indicator_id", "value", "division_code") include ("sample", "as_of");`);
    this.addSql(`create index "indicator_current_rank_desc" on "indicator_current" ("indicator_id", "value" desc, "division_code") include ("sample", "as_of");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "indicator_current_rank_asc";`);
    this.addSql(`drop index "indicator_current_rank_desc";`);
  }

}
